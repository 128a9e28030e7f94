package org.gridledger.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.io.FeederJson;
import org.gridledger.grid.io.NetworkLoader;
import org.gridledger.grid.model.CableType;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.LvFeederGenerator;
import org.gridledger.grid.model.LvFeederSpec;
import org.gridledger.sim.community.Community;
import org.gridledger.sim.report.ReportWriter;
import org.gridledger.sim.run.ProgressListener;
import org.gridledger.sim.run.Simulation;
import org.gridledger.sim.run.SimulationResult;
import org.gridledger.sim.scenario.FeederSpec;
import org.gridledger.sim.scenario.Scenario;
import org.gridledger.sim.scenario.ScenarioException;

/**
 * The simulator's entry point: prepares a scenario (its network model and community, refusing bad
 * input before anything runs), runs it on a new node and writes the outputs.
 *
 * <p>Layout of the output directory: {@code kpis.json}, {@code run.json}, {@code timeseries.csv},
 * {@code report.html}, {@code feeder.json} (a generated feeder, as the node loaded it) and {@code
 * ledger/} (the node's data directory: chain, DSO key, genesis).
 */
public final class Simulator {
  private Simulator() {}

  /** A scenario ready to run: its community and the network argument the node loads. */
  public record Prepared(Community community, String network) {}

  /**
   * Builds the network and the community of {@code scenario}; a generated feeder is written to
   * {@code dir/feeder.json} for the node. Errors name {@code source}.
   */
  public static Prepared prepare(Scenario scenario, String source, Path dir) {
    FeederSpec f = scenario.feeder();
    GridModel model;
    String network;
    try {
      if (f.generated()) {
        model =
            LvFeederGenerator.generate(
                LvFeederSpec.defaults()
                    .withSize(f.feeders(), f.housesPerFeeder())
                    .withTransformerKva(f.transformerKva())
                    .withCable(CableType.NAYY_4X150, f.lengthM()));
        Files.createDirectories(dir);
        Path file = dir.resolve("feeder.json");
        Files.writeString(file, FeederJson.write(model));
        network = file.toAbsolutePath().toString();
      } else {
        model = NetworkLoader.load(f.network(), LvFeederSpec.defaults());
        network = f.network();
      }
    } catch (GridModelException e) {
      throw new ScenarioException(source, "feeder", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Prepared(Community.generate(scenario, model, source), network);
  }

  /** Runs a prepared scenario with a node in {@code dir/ledger} and writes the outputs to dir. */
  public static SimulationResult run(Prepared prepared, Path dir, ProgressListener listener) {
    return run(prepared, dir, 0, listener);
  }

  /** As {@link #run(Prepared, Path, ProgressListener)}, the node's API on {@code port}. */
  public static SimulationResult run(
      Prepared prepared, Path dir, int port, ProgressListener listener) {
    Path ledger = dir.resolve("ledger");
    if (Files.exists(ledger.resolve("chain"))) {
      throw new IllegalArgumentException(
          dir + " already holds a simulation's ledger; choose an empty --out directory");
    }
    SimulationResult result =
        Simulation.run(prepared.community(), prepared.network(), ledger, port, listener);
    ReportWriter.write(result, dir);
    return result;
  }
}
