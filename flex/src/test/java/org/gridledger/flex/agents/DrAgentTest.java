package org.gridledger.flex.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.gridledger.ledger.tx.BaselineMethod;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrDirection;
import org.junit.jupiter.api.Test;

/** The home agent answers a reduction from 17:00 to 18:00 over an evening of hourly intervals. */
class DrAgentTest {
  static final long T16 = 1_773_676_800_000L; // 2026-03-16T16:00:00Z
  static final long H = 3_600_000L;

  static CreateDrEvent event(DrDirection direction) {
    return new CreateDrEvent(
        "e",
        "F1",
        List.of(),
        T16 + H,
        T16 + 2 * H,
        60,
        direction,
        5_000,
        300_000,
        100_000,
        10,
        60,
        T16,
        BaselineMethod.HIGH_5_OF_10);
  }

  // 16:00 … 23:00: the evening peak is dear, the night cheap
  static final long[] PRICES = {
    250_000, 400_000, 380_000, 300_000, 200_000, 150_000, 120_000, 180_000
  };

  static Household home() {
    return new Household(
        T16,
        60,
        new long[] {500, 600, 600, 500, 400, 300, 300, 300},
        Optional.of(new Household.EvPlan(1, 8, 14_000, 7_000)),
        Optional.of(new Household.Battery(6_000, 10_000, 3_000, 1_000)),
        List.of(new Household.Appliance("washing machine", 1_000, 2, 1, 8)));
  }

  @Test
  void shiftsTheCarDefersTheWasherAndDischargesTheBattery() {
    DrResponse r = DrAgent.respond(home(), event(DrDirection.REDUCE), PRICES, new Random(7));
    // the car (14 kWh at 7 kW) charges in the two cheapest parked hours, 21:00 and 22:00
    assertThat(r.evChargeWh()).containsExactly(0, 0, 0, 0, 0, 7_000, 7_000, 0);
    // the washing machine's two hours start at 21:00, the cheapest pair (120,000 + 150,000 …)
    assertThat(r.applianceStarts()).containsEntry("washing machine", 5);
    // the battery covers the event hour at its 3 kW
    assertThat(r.batteryDischargeWh()).containsExactly(0, 3_000, 0, 0, 0, 0, 0, 0);
    // doing nothing: 600 + 7000 (car) + 500 (washer); now 600 − 3000
    assertThat(r.netLoadWh()[1]).isEqualTo(-2_400);
    // 10,500 Wh less over the hour → 10,500 W, × caution (70–90 %), down to 10 W
    assertThat(r.committedW()).isBetween(7_350L, 9_450L);
    assertThat(r.committedW() % 10).isZero();
    assertThat(DrAgent.respond(home(), event(DrDirection.REDUCE), PRICES, new Random(7)))
        .usingRecursiveComparison()
        .isEqualTo(r);
  }

  @Test
  void anIncreasePullsLoadIntoTheWindow() {
    DrResponse r = DrAgent.respond(home(), event(DrDirection.INCREASE), PRICES, new Random(1));
    assertThat(r.evChargeWh()[1]).isEqualTo(7_000);
    assertThat(r.applianceStarts()).containsEntry("washing machine", 1);
    assertThat(r.batteryDischargeWh()[1]).isEqualTo(-3_000);
  }

  @Test
  void aHomeWithNothingFlexibleDoesNotOptIn() {
    Household plain =
        new Household(T16, 60, new long[8], Optional.empty(), Optional.empty(), List.of());
    assertThat(DrAgent.respond(plain, event(DrDirection.REDUCE), PRICES, new Random(3)).optsIn())
        .isFalse();
  }
}
