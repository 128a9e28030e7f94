package org.gridledger.node.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.RegisterChargePoint;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.RotatePseudonym;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.units.Price;
import org.gridledger.mobility.ledger.MobilityState;
import org.gridledger.mobility.ocpp.OcppAuth;
import org.gridledger.node.TestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EV load benchmark (not part of the suite: run it by name). A real node on the IEEE 33-bus
 * feeder with N charge points registered on 32 feeders (one per bus), and a fleet of N simulated
 * charge points in a separate JVM (each process under the machine's open-file limit) that connect,
 * boot, start a transaction and send MeterValues every minute for the duration, with smart charging
 * active. Prints one JSON line with the fleet's and the node's figures.
 *
 * <pre>
 * ./mvnw -B -ntp -q -pl mobility,node -am verify -Dspotless.check.skip -Dtest=EvFleetBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dev.chargers=10000 -Dev.duration=180
 * </pre>
 */
class EvFleetBenchmark {
  @TempDir Path dir;

  @Test
  @Timeout(value = 40, unit = TimeUnit.MINUTES)
  void manyChargePointsWithMeterValuesEveryMinute() throws Exception {
    int n = Integer.getInteger("ev.chargers", 1_000);
    int duration = Integer.getInteger("ev.duration", 150);
    try (TestNode node = TestNode.start(dir.resolve("node"))) {
      KeyPair owner = node.participant("Owner", 0, Role.CHARGE_POINT_OWNER);
      KeyPair driver = node.participant("Fleet driver", 1_000_000_000_000L, Role.EV_DRIVER);
      node.client().sign(driver, new RotatePseudonym("fleet", ""), true);
      long t0 = System.nanoTime();
      List<String> credentials = new ArrayList<>(n);
      String chainId = node.node().chain().genesis().chainId();
      for (int i = 0; i < n; i++) {
        String id = "BENCH-" + i;
        KeyPair key = KeyPair.generate();
        String password = OcppAuth.password(key, id);
        String bus = Integer.toString(2 + i % 32);
        var payload =
            new RegisterChargePoint(
                id,
                key.publicKey(),
                owner.publicKey(),
                bus,
                "F" + bus,
                11_000,
                1,
                Price.microsPerKwh(300_000),
                0,
                List.of(),
                4814,
                1158,
                OcppAuth.hash(password));
        var pool = node.node().pool();
        org.gridledger.ledger.pool.Admission admission;
        synchronized (pool) { // the DSO's nonce sequence, shared with the node's own operators
          admission =
              pool.admit(
                  Transaction.sign(
                      node.dso(), chainId, pool.nextNonce(node.dso().publicKey()), payload));
        }
        assertThat(admission.outcome().isApplied()).as(admission.outcome().toString()).isTrue();
        credentials.add(id + " " + password);
      }
      String last = "BENCH-" + (n - 1);
      EvFixture.await(
          "registrations",
          () -> MobilityState.chargePoint(node.node().chain().store(), last).isPresent());
      long registerMs = (System.nanoTime() - t0) / 1_000_000;
      Path file = dir.resolve("fleet.txt");
      Files.write(file, credentials);

      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process fleet =
          new ProcessBuilder(
                  java,
                  "-Xmx3g",
                  "-cp",
                  System.getProperty("java.class.path"),
                  "org.gridledger.mobility.sim.ChargePointFleet",
                  EvFixture.ocpp(node).toString(),
                  file.toString(),
                  "fleet",
                  "60",
                  Integer.toString(duration),
                  "256")
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      try {
        awaitFleet(node, fleet, duration, n, registerMs);
      } finally {
        fleet.destroyForcibly();
      }
    }
  }

  private static void awaitFleet(TestNode node, Process fleet, int duration, int n, long registerMs)
      throws Exception {
    int peak = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(duration + 900);
    while (fleet.isAlive() && System.nanoTime() < deadline) {
      peak = Math.max(peak, EvFixture.mobility(node).central().connected());
      Thread.sleep(500);
    }
    if (fleet.isAlive()) {
      fleet.destroyForcibly();
    }
    String result = new String(fleet.getInputStream().readAllBytes()).trim();
    var central = EvFixture.mobility(node).central();
    Runtime rt = Runtime.getRuntime();
    System.out.println(
        "EV-BENCH {\"chargers\": "
            + n
            + ", \"register_ms\": "
            + registerMs
            + ", \"node_peak_connected\": "
            + peak
            + ", \"node_received\": "
            + central
                .received()
                .toString()
                .replace("=", "\": ")
                .replace("{", "{\"")
                .replace(", ", ", \"")
            + ", \"node_heap_used_mb\": "
            + (rt.totalMemory() - rt.freeMemory()) / 1_048_576
            + ", \"node_threads\": "
            + ManagementFactory.getThreadMXBean().getThreadCount()
            + ", \"node_height\": "
            + node.node().chain().head().height()
            + ", \"fleet\": "
            + result
            + "}");
    assertThat(peak).isPositive();
  }
}
