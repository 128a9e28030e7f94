package org.gridledger.cli.meters;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridledger.cli.Output;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.metering.mqtt.MqttReadingPublisher;
import org.gridledger.metering.sim.SimulatedMeters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridledger meters}: smart meters against a running node. */
@Command(
    name = "meters",
    description = "Smart meters: simulate signed readings against a node.",
    mixinStandardHelpOptions = true,
    subcommands = MetersCommand.Simulate.class)
public final class MetersCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** {@code gridledger meters simulate}. */
  @Command(
      name = "simulate",
      description =
          "Register N simulated meters (with the DSO's key), sign their readings, publish them over MQTT (or POST them over HTTP) and report how fast the node verified, stored and anchored them.",
      mixinStandardHelpOptions = true)
  static final class Simulate implements Callable<Integer> {
    @Option(names = "--count", required = true, description = "number of meters")
    int count;

    @Option(
        names = "--node",
        required = true,
        description = "the node's URL, e.g. http://127.0.0.1:8080")
    URI node;

    @Option(names = "--mqtt", description = "publish to this MQTT broker (HOST:PORT); else HTTP")
    String mqtt;

    @Option(names = "--mqtt-user", description = "MQTT username")
    String mqttUser;

    @Option(names = "--mqtt-password", description = "MQTT password")
    String mqttPassword;

    @Option(names = "--mqtt-tls", description = "connect to the broker over TLS")
    boolean mqttTls;

    @Option(
        names = "--duration",
        defaultValue = "60",
        description = "simulated seconds of readings (default ${DEFAULT-VALUE})")
    int duration;

    @Option(
        names = "--period",
        defaultValue = "60",
        description = "seconds between two readings of a meter (default ${DEFAULT-VALUE})")
    int period;

    @Option(
        names = "--rate",
        defaultValue = "0",
        description =
            "readings per second to send, 0 for as fast as possible (default ${DEFAULT-VALUE})")
    double rate;

    @Option(
        names = "--dso-key",
        defaultValue = "data/dso.key",
        description = "the DSO's key file, to register the meters (default ${DEFAULT-VALUE})")
    Path dsoKey;

    @Option(names = "--seed", description = "seed of the meters' keys (default: random)")
    Long seed;

    @Option(
        names = "--feeder",
        defaultValue = "sim",
        description = "feeder of the meters (default ${DEFAULT-VALUE})")
    String feeder;

    @Option(names = "--json", description = "print one JSON report")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (count < 1 || duration < 1 || period < 1) {
        return Output.badInput("--count, --duration and --period must be positive");
      }
      long s = seed != null ? seed : new java.security.SecureRandom().nextLong();
      String prefix = "sim" + Long.toHexString(s & 0xffffffL);
      SimulatedMeters meters = new SimulatedMeters(prefix, count, s);
      MeterSimulation sim = new MeterSimulation(node);
      sim.register(KeyFile.read(dsoKey), meters, feeder);
      int steps = Math.max(1, duration / period);
      long startMillis = System.currentTimeMillis() - (long) steps * period * 1000;
      long signStart = System.nanoTime();
      List<byte[]> readings = meters.next(steps, startMillis, period * 1000L);
      double signSeconds = (System.nanoTime() - signStart) / 1e9;
      Map<String, Long> before = sim.stats();
      long start = System.nanoTime();
      if (mqtt != null) {
        String[] hostPort = mqtt.split(":");
        if (hostPort.length != 2) {
          return Output.badInput("--mqtt is HOST:PORT");
        }
        try (MqttReadingPublisher publisher =
            MqttReadingPublisher.connect(
                hostPort[0], Integer.parseInt(hostPort[1]), mqttTls, mqttUser, mqttPassword)) {
          ReadingSender.overMqtt(publisher, readings, count, rate);
        }
      } else {
        ReadingSender.overHttp(node, readings, rate);
      }
      double sent = (System.nanoTime() - start) / 1e9;
      Map<String, Long> after = awaitAnchored(sim, before, readings.size());
      double elapsed = (System.nanoTime() - start) / 1e9;
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("meters", count);
      report.put("transport", mqtt != null ? "mqtt" : "http");
      report.put("readings_sent", readings.size());
      report.put("accepted", after.get("accepted") - before.get("accepted"));
      report.put("refused", after.get("refused") - before.get("refused"));
      report.put("anchored", after.get("anchored") - before.get("anchored"));
      report.put("signing_seconds", round(signSeconds));
      report.put("sending_seconds", round(sent));
      report.put("elapsed_seconds", round(elapsed));
      report.put(
          "readings_per_second",
          Math.round((after.get("anchored") - before.get("anchored")) / elapsed));
      if (json) {
        Output.json(report);
      } else {
        report.forEach((k, v) -> System.out.println(k + ": " + v));
      }
      return 0;
    }

    private static Map<String, Long> awaitAnchored(
        MeterSimulation sim, Map<String, Long> before, int sent) throws InterruptedException {
      long deadline = System.currentTimeMillis() + 120_000;
      while (true) {
        Map<String, Long> now = sim.stats();
        long done =
            now.get("anchored")
                - before.get("anchored")
                + now.get("refused")
                - before.get("refused");
        if (done >= sent && now.get("pending") == 0 || System.currentTimeMillis() > deadline) {
          return now;
        }
        Thread.sleep(20);
      }
    }

    private static double round(double seconds) {
      return Math.round(seconds * 1000) / 1000.0;
    }
  }
}
