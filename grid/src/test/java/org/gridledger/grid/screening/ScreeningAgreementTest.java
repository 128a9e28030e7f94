package org.gridledger.grid.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.flow.BranchFlow;
import org.gridledger.grid.flow.BusVoltage;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.LvFeederGenerator;
import org.gridledger.grid.model.LvFeederSpec;
import org.gridledger.grid.service.Trade;
import org.junit.jupiter.api.Test;

class ScreeningAgreementTest {

  @Test
  void screeningEstimateAgreesWithFullAcFlow() {
    GridModel model = LvFeederGenerator.generate(LvFeederSpec.defaults());
    AcPowerFlow flow = new AcPowerFlow(model);
    FlowResult base = flow.runBase();
    TradeScreening screening =
        new TradeScreening(model, Limits.en50160(), base, Sensitivities.at(model, base));
    Random random = new Random(42);
    List<Trade> trades = new ArrayList<>();
    Map<String, Injection> inj = new LinkedHashMap<>(model.baseInjections());
    for (int i = 0; i < 200; i++) {
      String seller = "F" + (1 + random.nextInt(3)) + "-" + (1 + random.nextInt(30));
      String buyer =
          random.nextInt(4) == 0
              ? "MV"
              : "F" + (1 + random.nextInt(3)) + "-" + (1 + random.nextInt(30));
      if (seller.equals(buyer)) {
        continue;
      }
      long wh = 50 + random.nextInt(400);
      trades.add(new Trade("t" + i, seller, buyer, wh));
      inj.merge(seller, new Injection(wh * 4.0, 0), Injection::plus);
      inj.merge(buyer, new Injection(-wh * 4.0, 0), Injection::plus);
    }
    ScreeningResult estimate = screening.screen(trades, 15);
    FlowResult ac = flow.run(inj);
    double minV = ac.buses().stream().mapToDouble(BusVoltage::vPu).min().orElseThrow();
    double maxL = ac.branches().stream().mapToDouble(BranchFlow::loadingPct).max().orElseThrow();
    assertThat(estimate.minVoltagePu()).isCloseTo(minV, within(0.002));
    assertThat(estimate.maxLoadingPct()).isCloseTo(maxL, within(maxL * 0.03));
    assertThat(
            Math.abs(
                maxL
                    - base.branches().stream()
                        .mapToDouble(BranchFlow::loadingPct)
                        .max()
                        .orElseThrow()))
        .isGreaterThan(5);
  }

  @Test
  void screeningFlagsTheTradesBehindAnOverload() {
    GridModel model = LvFeederGenerator.generate(LvFeederSpec.defaults());
    FlowResult base = new AcPowerFlow(model).runBase();
    TradeScreening screening =
        new TradeScreening(model, Limits.en50160(), base, Sensitivities.at(model, base));
    List<Trade> trades = new ArrayList<>();
    for (int h = 1; h <= 10; h++) {
      trades.add(new Trade("import-" + h, "MV", "F1-" + h, 10_000));
    }
    trades.add(new Trade("local", "F2-5", "F2-6", 100));
    ScreeningResult r = screening.screen(trades, 15);
    assertThat(r.passes()).isFalse();
    assertThat(r.violations()).anySatisfy(v -> assertThat(v.element()).isIn("T1", "C1-1"));
    assertThat(r.flaggedTradeIds()).contains("import-1", "import-10").doesNotContain("local");
  }
}
