package org.gridledger.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gridledger.sim.run.HouseholdLedger;
import org.gridledger.sim.run.HouseholdTotals;
import org.gridledger.sim.run.ProgressListener;
import org.gridledger.sim.run.SimulationResult;
import org.gridledger.sim.scenario.Scenario;
import org.gridledger.sim.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in {@code small} scenario end to end on a real node: what the simulator says each
 * household consumed and paid agrees exactly with what the ledger holds, and the same seed gives
 * byte-identical KPIs.
 */
@Timeout(240)
class SimulationTest {
  @TempDir Path dir;

  @Test
  void smallScenarioReconcilesWithTheLedgerAndReplaysByteForByte() throws Exception {
    Scenario small = ScenarioReader.builtIn("small").withDays(1);
    SimulationResult first = run(small, dir.resolve("a"));

    assertThat(first.rows()).hasSize(96);
    assertThat(first.tradedWh()).as("the community trades locally").isPositive();
    for (int h = 0; h < first.ledger().size(); h++) {
      HouseholdLedger ledger = first.ledger().get(h);
      HouseholdTotals metered = first.totals().get(h);
      assertThat(ledger.netImportWh())
          .as("household %d: energy on its bill = energy its meter measured", h)
          .isEqualTo(metered.importWh() - metered.exportWh());
      assertThat(ledger.billNetMicros())
          .as("household %d: its bill = its balance's change", h)
          .isEqualTo(ledger.balanceChangeMicros());
      assertThat(ledger.arrearsMicros()).isZero();
    }
    assertThat(Files.readString(dir.resolve("a/report.html"))).contains("new Chart(", "kpis.json");
    assertThat(Files.readString(dir.resolve("a/timeseries.csv")).lines()).hasSize(97);

    run(small, dir.resolve("b"));
    assertThat(Files.readAllBytes(dir.resolve("b/kpis.json")))
        .isEqualTo(Files.readAllBytes(dir.resolve("a/kpis.json")));
  }

  private static SimulationResult run(Scenario scenario, Path out) {
    Simulator.Prepared prepared = Simulator.prepare(scenario, "small", out);
    return Simulator.run(prepared, out, ProgressListener.NONE);
  }
}
