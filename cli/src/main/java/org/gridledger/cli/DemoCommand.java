package org.gridledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gridledger.sim.Simulator;
import org.gridledger.sim.run.ProgressListener;
import org.gridledger.sim.scenario.Scenario;
import org.gridledger.sim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gridledger demo}: a node on the embedded default with the built-in community of 100
 * households on the generated LV feeder, its simulated meters, charge points and agents feeding it
 * in accelerated time, until stopped.
 */
@Command(
    name = "demo",
    description =
        "Start a node with a simulated community of 100 households on the generated LV feeder "
            + "feeding it in accelerated time; prints the node's URL. Stop with Ctrl-C.",
    mixinStandardHelpOptions = true)
public final class DemoCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "API port (default ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--data",
      description = "output and data directory (default: a new temporary directory)")
  Path data;

  @Option(
      names = "--speed",
      defaultValue = "60",
      description = "simulated seconds per real second (default ${DEFAULT-VALUE})")
  double speed;

  @Option(names = "--days", defaultValue = "366", description = "days to run (default a year)")
  int days;

  @Override
  public Integer call() throws Exception {
    if (!(speed > 0) || port < 0 || port > 65535 || days < 1 || days > 366) {
      return Output.badInput("--speed must be positive, --port 0-65535, --days 1-366");
    }
    Path dir = data != null ? data : Files.createTempDirectory("gridledger-demo-");
    if (Files.exists(dir.resolve("ledger").resolve("chain"))) {
      return Output.badInput(dir + " holds an earlier demo; remove it or choose another --data");
    }
    Scenario scenario = ScenarioReader.builtIn("demo").withDays(days);
    Simulator.Prepared prepared = Simulator.prepare(scenario, "demo", dir);
    long intervalMillis = scenario.intervalMillis();
    long startNanos = System.nanoTime();
    ProgressListener pace =
        new ProgressListener() {
          @Override
          public void started(int apiPort) {
            System.out.printf(
                "GridLedger demo: %d households on %s, %s x real time.%n"
                    + "Node: http://127.0.0.1:%d/  (API http://127.0.0.1:%d/api/v1/chain)%n"
                    + "Data and report: %s%nStop with Ctrl-C.%n",
                prepared.community().households().size(),
                prepared.community().model().name(),
                speed,
                apiPort,
                apiPort,
                dir.toAbsolutePath());
          }

          @Override
          public void progress(int done, int total) {
            long due = startNanos + (long) (done * intervalMillis * 1e6 / speed);
            long wait = due - System.nanoTime();
            if (wait > 0) {
              try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            }
          }
        };
    Simulator.run(prepared, dir, port, pace);
    System.out.println("Report: " + dir.resolve("report.html").toAbsolutePath());
    return 0;
  }
}
