package org.gridledger.flex.targeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gridledger.grid.check.ConstraintCheck;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Ieee33Feeder;
import org.gridledger.grid.model.Injection;
import org.gridledger.ledger.tx.DrDirection;
import org.junit.jupiter.api.Test;

/** Event proposals from forecast violations on the IEEE 33-bus feeder. */
class EventTargetingTest {
  static final GridModel MODEL = Ieee33Feeder.create();

  static Map<String, Long> scaled(double factor) {
    Map<String, Long> out = new HashMap<>();
    MODEL.baseInjections().forEach((bus, inj) -> out.put(bus, Math.round(inj.pW() * factor)));
    return out;
  }

  @Test
  void nothingToAskWithinLimits() {
    EventTargeting targeting = new EventTargeting(MODEL, Limits.en50160());
    assertThat(targeting.propose("F1", null)).isEmpty();
  }

  @Test
  void anUndervoltageAsksTheEndOfTheFeederForEnoughReduction() {
    EventTargeting targeting = new EventTargeting(MODEL, Limits.en50160());
    Map<String, Long> forecast = scaled(1.35);
    Optional<EventProposal> p = targeting.propose("F1", forecast);
    assertThat(p).isPresent();
    assertThat(p.get().direction()).isEqualTo(DrDirection.REDUCE);
    assertThat(p.get().buses()).contains("18").doesNotContain("1", "2");
    assertThat(p.get().requestedW()).isPositive().isLessThan(2_000_000);
    assertThat(p.get().reasons()).anyMatch(r -> r.contains("p.u."));

    // the reduction, split equally over the targeted buses, clears the violations
    Map<String, Injection> relieved = new HashMap<>();
    forecast.forEach(
        (bus, w) -> relieved.put(bus, new Injection(w, MODEL.baseInjections().get(bus).qVar())));
    long share = p.get().requestedW() / p.get().buses().size();
    for (String bus : p.get().buses()) {
      Injection i = relieved.get(bus);
      relieved.put(bus, new Injection(i.pW() + share, i.qVar()));
    }
    var flow = new AcPowerFlow(MODEL).run(relieved);
    assertThat(new ConstraintCheck(Limits.en50160()).check(flow).violations()).isEmpty();
  }
}
