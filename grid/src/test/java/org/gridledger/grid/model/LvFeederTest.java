package org.gridledger.grid.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.flow.FlowOptions;
import org.gridledger.grid.flow.FlowResult;
import org.junit.jupiter.api.Test;

class LvFeederTest {

  /**
   * One 400 kVA transformer (uk 4 %, 4.6 kW losses, 10/0.4 kV), one 100 m NAYY 4x150 cable, one
   * house of 30 kW + 10 kvar. By hand, referred to 0.4 kV: R = 0.0115 * 0.4 + 0.208 * 0.1 = 0.0254
   * ohm, X = sqrt(0.04^2 - 0.0115^2) * 0.4 + 0.08 * 0.1 = 0.023324 ohm; on 1 MVA (Zbase = 0.16 ohm)
   * r = 0.15875, x = 0.145778, S = 0.03 + j0.01. Two-bus exact solution: V^2 = (a + sqrt(a^2 - 4
   * |z|^2 |S|^2)) / 2 with a = 1 - 2 (r P + x Q) gives V = 0.993737 p.u.; losses = r |S|^2 / V^2 =
   * 160.76 W.
   */
  @Test
  void smallestFeederMatchesHandCalculation() {
    LvFeederSpec spec =
        LvFeederSpec.defaults()
            .withSize(1, 1)
            .withCable(CableType.NAYY_4X150, 100)
            .withHouseLoad(30_000, 10_000);
    GridModel m = LvFeederGenerator.generate(spec);
    assertThat(m.buses()).extracting(Bus::id).containsExactly("MV", "LV", "F1-1");
    Transformer t = (Transformer) m.branches().getFirst();
    assertThat(t.rOhm()).isCloseTo(0.0046, within(1e-12));
    assertThat(t.xOhm()).isCloseTo(0.0153245, within(1e-6));
    FlowResult r = new AcPowerFlow(m).runBase();
    assertThat(r.converged()).isTrue();
    assertThat(r.bus("F1-1").orElseThrow().vPu()).isCloseTo(0.993737, within(2e-6));
    assertThat(r.lossesW()).isCloseTo(160.76, within(0.05));
    double current = Math.hypot(30_000, 10_000) / (Math.sqrt(3) * 400 * 0.993737);
    assertThat(r.branch("C1-1").orElseThrow().currentA()).isCloseTo(current, within(0.01));
    assertThat(r.branch("C1-1").orElseThrow().loadingPct())
        .isCloseTo(current / 270 * 100, within(0.01));
    assertThat(r.branch("T1").orElseThrow().loadingPct())
        .isCloseTo(current / (400 / (Math.sqrt(3) * 0.4)) * 100, within(0.01));
  }

  @Test
  void defaultsGiveThreeFeedersOfThirtyHousesWithMetersAndChargePoints() {
    GridModel m = LvFeederGenerator.generate(LvFeederSpec.defaults());
    assertThat(m.buses()).hasSize(2 + 90);
    assertThat(m.branches()).hasSize(1 + 90);
    assertThat(m.busOfDevice("M-F3-30")).isEqualTo("F3-30");
    assertThat(m.busOfDevice("CP-F1-7")).isEqualTo("F1-7");
    FlowResult r = new AcPowerFlow(m).runBase();
    assertThat(r.converged()).isTrue();
    assertThat(r.minVoltage().orElseThrow().busId()).endsWith("-30");
  }

  @Test
  void warmStartedCachedFlowAgreesWithFlatStartAcrossChangingInjections() {
    GridModel m = LvFeederGenerator.generate(LvFeederSpec.defaults());
    AcPowerFlow flat = new AcPowerFlow(m, FlowOptions.defaults());
    AcPowerFlow fast = new AcPowerFlow(m, FlowOptions.fast());
    for (double scale : new double[] {1, 5, 0.5, 20, -3}) {
      java.util.Map<String, Injection> inj = new java.util.LinkedHashMap<>();
      m.baseInjections().forEach((b, i) -> inj.put(b, new Injection(i.pW() * scale, i.qVar())));
      FlowResult a = flat.run(inj);
      FlowResult b = fast.run(inj);
      assertThat(b.converged()).isTrue();
      assertThat(b.lossesW()).isCloseTo(a.lossesW(), within(Math.abs(a.lossesW()) * 1e-3 + 0.5));
      for (int i = 0; i < a.buses().size(); i++) {
        assertThat(b.buses().get(i).vPu()).isCloseTo(a.buses().get(i).vPu(), within(1e-5));
      }
    }
  }

  @Test
  void generatedFeederOfOverThousandBusesConverges() {
    GridModel m =
        LvFeederGenerator.generate(
            LvFeederSpec.defaults()
                .withSize(10, 100)
                .withTransformerKva(1000)
                .withHouseLoad(500, 100)
                .withCable(CableType.NAYY_4X240, 500));
    assertThat(m.buses().size()).isGreaterThanOrEqualTo(1000);
    assertThat(new AcPowerFlow(m).runBase().converged()).isTrue();
  }
}
