package org.gridledger.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.gridledger.sim.Simulator;
import org.gridledger.sim.report.Kpis;
import org.gridledger.sim.report.ReportWriter;
import org.gridledger.sim.run.ProgressListener;
import org.gridledger.sim.run.SimulationResult;
import org.gridledger.sim.scenario.Scenario;
import org.gridledger.sim.scenario.ScenarioException;
import org.gridledger.sim.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridledger simulate}: a community on a feeder, days in minutes, on a real node. */
@Command(
    name = "simulate",
    description =
        "Simulate a community on a feeder through days of operation on a real in-process node "
            + "(ledger, market, grid checks, metering), then write kpis.json, run.json, "
            + "timeseries.csv and report.html. See sim/README.md for the scenario format.",
    mixinStandardHelpOptions = true)
public final class SimulateCommand implements Callable<Integer> {
  @Option(
      names = "--scenario",
      required = true,
      paramLabel = "FILE|NAME",
      description = "a scenario file (.json, .yaml) or a built-in: small, lv-100, lv-1000, demo")
  String scenario;

  @Option(names = "--seed", description = "the seed (default: the scenario's)")
  Long seed;

  @Option(names = "--days", description = "simulate this many days (default: the scenario's)")
  Integer days;

  @Option(names = "--out", required = true, description = "output directory (must not hold a run)")
  Path out;

  @Option(names = "--json", description = "print the KPIs and run figures as one JSON document")
  boolean json;

  @Option(names = "--no-progress", description = "no progress bar")
  boolean noProgress;

  @Override
  public Integer call() {
    Simulator.Prepared prepared;
    try {
      Scenario s = ScenarioReader.load(scenario);
      if (seed != null) {
        s = s.withSeed(seed);
      }
      if (days != null) {
        if (days < 1 || days > 366) {
          return Output.badInput("--days must be 1 to 366");
        }
        s = s.withDays(days);
      }
      prepared = Simulator.prepare(s, scenario, out);
    } catch (ScenarioException | IllegalArgumentException e) {
      return Output.badInput(e.getMessage());
    }
    SimulationResult result;
    try (ProgressBar bar = bar(prepared.community().scenario().intervals())) {
      result = Simulator.run(prepared, out, listener(bar));
    } catch (IllegalArgumentException e) {
      return Output.badInput(e.getMessage());
    }
    if (json) {
      var doc = new java.util.LinkedHashMap<String, Object>();
      doc.put("kpis", Kpis.of(result));
      doc.put("run", ReportWriter.run(result));
      doc.put("out", out.toAbsolutePath().toString());
      Output.json(doc);
    } else {
      var run = ReportWriter.run(result);
      System.out.printf(
          "%s: %d households, %d intervals in %s s; %d transactions in %d blocks.%n"
              + "Report: %s%n",
          prepared.community().scenario().name(),
          prepared.community().households().size(),
          result.rows().size(),
          run.get("wall_seconds"),
          result.transactions(),
          result.blocks(),
          out.resolve("report.html").toAbsolutePath());
    }
    return 0;
  }

  private ProgressBar bar(int total) {
    ProgressBarBuilder b =
        new ProgressBarBuilder()
            .setTaskName("simulating")
            .setInitialMax(total)
            .setUnit(" intervals", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250);
    if (noProgress || json) {
      b.setConsumer(new me.tongfei.progressbar.DelegatingProgressBarConsumer(line -> {}));
    }
    return b.build();
  }

  private static ProgressListener listener(ProgressBar bar) {
    return (done, total) -> bar.stepTo(done);
  }
}
