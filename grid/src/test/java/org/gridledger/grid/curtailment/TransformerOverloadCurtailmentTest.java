package org.gridledger.grid.curtailment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.check.CheckResult;
import org.gridledger.grid.check.ConstraintCheck;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.check.ViolationKind;
import org.gridledger.grid.fee.NetworkTariff;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.LvFeederGenerator;
import org.gridledger.grid.model.LvFeederSpec;
import org.gridledger.grid.service.Curtailment;
import org.gridledger.grid.service.GridAssessment;
import org.gridledger.grid.service.GridService;
import org.gridledger.grid.service.GridVerdict;
import org.gridledger.grid.service.IntervalSchedule;
import org.gridledger.grid.service.Trade;
import org.junit.jupiter.api.Test;

class TransformerOverloadCurtailmentTest {
  private final GridModel model = LvFeederGenerator.generate(LvFeederSpec.defaults());

  /** 15 trades of 5.5 kWh in 15 min (22 kW each) from the MV side to houses 1..5 of each feeder. */
  private List<Trade> trades() {
    List<Trade> trades = new ArrayList<>();
    for (int f = 1; f <= 3; f++) {
      for (int h = 1; h <= 5; h++) {
        trades.add(new Trade("t" + f + "-" + h, "MV", "F" + f + "-" + h, 5_500));
      }
    }
    return trades;
  }

  private CheckResult acCheck(List<Trade> trades, Map<String, Long> curtailedWh) {
    Map<String, Injection> inj = new LinkedHashMap<>(model.baseInjections());
    for (Trade t : trades) {
      double w = (t.energyWh() - curtailedWh.getOrDefault(t.tradeId(), 0L)) * 4.0;
      inj.merge(t.sellerBus(), new Injection(w, 0), Injection::plus);
      inj.merge(t.buyerBus(), new Injection(-w, 0), Injection::plus);
    }
    return new ConstraintCheck(Limits.en50160()).check(new AcPowerFlow(model).run(inj));
  }

  @Test
  void curtailmentRemovesTransformerOverloadConfirmedByAcFlow() {
    List<Trade> trades = trades();
    CheckResult provisional = acCheck(trades, Map.of());
    assertThat(provisional.approved()).isFalse();
    assertThat(provisional.violations())
        .extracting(v -> v.kind())
        .containsOnly(ViolationKind.TRANSFORMER_OVERLOAD);
    double overloadPct = provisional.violations().getFirst().value();
    assertThat(overloadPct).isGreaterThan(103);

    GridService service = new GridService(model, Limits.en50160(), NetworkTariff.defaults());
    GridAssessment a = service.assess(IntervalSchedule.onModelBase(15, trades));

    assertThat(a.verdict()).isInstanceOf(GridVerdict.Curtail.class);
    GridVerdict.Curtail curtail = (GridVerdict.Curtail) a.verdict();
    assertThat(curtail.unresolved()).isEmpty();
    assertThat(curtail.curtailments()).isNotEmpty();
    assertThat(curtail.curtailments())
        .allSatisfy(c -> assertThat(c.reason()).startsWith("transformer T1 at 1"));
    assertThat(a.plan().confirmed().approved()).isTrue();

    Map<String, Long> cut = new LinkedHashMap<>();
    curtail.curtailments().forEach(c -> cut.put(c.tradeId(), c.curtailedWh()));
    CheckResult confirmed = acCheck(trades, cut);
    assertThat(confirmed.approved()).isTrue();
    double loading = confirmed.flow().branch("T1").orElseThrow().loadingPct();
    assertThat(loading).isLessThanOrEqualTo(100).isGreaterThan(96);

    // least energy: transformer loading is nearly linear in the transferred power, so the cut is
    // close to the excess share of the traded energy and at most a few percent above it
    long total = curtail.curtailments().stream().mapToLong(Curtailment::curtailedWh).sum();
    double traded = trades.stream().mapToLong(Trade::energyWh).sum();
    double excessShare = (overloadPct - 100) / overloadPct * (traded + 90_000 / 4.0);
    assertThat((double) total).isCloseTo(excessShare, within(excessShare * 0.25));
  }

  @Test
  void scheduleWithinLimitsIsApprovedAndUnknownBusIsRefused() {
    GridService service = new GridService(model, Limits.en50160(), NetworkTariff.defaults());
    List<Trade> small =
        List.of(new Trade("a", "F1-30", "F2-30", 500), new Trade("b", "MV", "F3-3", 1000));
    assertThat(service.verdict(IntervalSchedule.onModelBase(15, small)))
        .isEqualTo(new GridVerdict.Approve());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                service.verdict(
                    IntervalSchedule.onModelBase(15, List.of(new Trade("x", "F9-1", "LV", 10)))))
        .hasMessageContaining("trade x")
        .hasMessageContaining("unknown bus F9-1");
  }

  @Test
  void absurdLoadDoesNotConvergeAndIsNeverApproved() {
    GridService service = new GridService(model, Limits.en50160(), NetworkTariff.defaults());
    List<Trade> huge =
        List.of(new Trade("huge", "MV", "F1-30", 2_500_000), new Trade("ok", "F2-1", "F2-2", 100));
    GridAssessment a = service.assess(IntervalSchedule.onModelBase(15, huge));
    assertThat(a.verdict()).isInstanceOf(GridVerdict.Curtail.class);
    GridVerdict.Curtail c = (GridVerdict.Curtail) a.verdict();
    assertThat(c.curtailments())
        .anySatisfy(
            x -> {
              assertThat(x.tradeId()).isEqualTo("huge");
              assertThat(x.reason()).contains("did not converge");
            });
    assertThat(a.plan().confirmed().flow().converged()).isTrue();
    assertThat(a.plan().confirmed().approved()).isTrue();
  }
}
