package org.gridledger.grid.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Ieee33Feeder;
import org.gridledger.grid.model.Injection;
import org.junit.jupiter.api.Test;

class Ieee33FlowTest {

  @Test
  void baseCaseMatchesPublishedReference() {
    GridModel model = Ieee33Feeder.create();
    double p = model.baseInjections().values().stream().mapToDouble(Injection::pW).sum();
    double q = model.baseInjections().values().stream().mapToDouble(Injection::qVar).sum();
    assertThat(p).isEqualTo(-3_715_000.0);
    assertThat(q).isEqualTo(-2_300_000.0);
    FlowResult r = new AcPowerFlow(model).runBase();
    assertThat(r.converged()).isTrue();
    System.out.println(r.lossesW() + " " + r.minVoltage());
    assertThat(r.lossesW()).isCloseTo(202_677, within(202_677 * 0.01));
    BusVoltage min = r.minVoltage().orElseThrow();
    assertThat(min.busId()).isEqualTo("18");
    assertThat(min.vPu()).isCloseTo(0.91309, within(0.91309 * 0.01));
    assertThat(r.bus("1").orElseThrow().vPu()).isCloseTo(1.0, within(1e-9));
  }
}
