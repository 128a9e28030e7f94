package org.gridledger.flex.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gridledger.ledger.tx.BaselineMethod;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrDirection;
import org.gridledger.ledger.tx.DrInterval;
import org.junit.jupiter.api.Test;

/** The choice of similar days from history and the event-day measurement. */
class BaselineCalculatorTest {
  static final Instant START = Instant.parse("2026-03-16T17:00:00Z"); // a Monday

  static CreateDrEvent event(BaselineMethod method) {
    return new CreateDrEvent(
        "e",
        "F1",
        List.of(),
        START.toEpochMilli(),
        START.plus(Duration.ofMinutes(30)).toEpochMilli(),
        15,
        DrDirection.REDUCE,
        1_000,
        0,
        0,
        0,
        0,
        START.toEpochMilli(),
        method);
  }

  /** Each day's interval energy is its day of month; weekends and 11 March unmeasured. */
  static final MeterHistory HISTORY =
      (meter, start, minutes) -> {
        LocalDate day = BaselineCalculator.day(start);
        boolean measured = !day.equals(LocalDate.of(2026, 3, 11));
        long wh = minutes == 120 ? 100 : day.getDayOfMonth();
        return new MeterHistory.NetEnergy(wh, measured);
      };

  @Test
  void similarDaysAreRecentWeekdaysMeasuredAndNotExcluded() {
    MeterBaseline b =
        new BaselineCalculator(HISTORY)
            .compute("m", event(BaselineMethod.AVERAGE_10), Set.of(LocalDate.of(2026, 3, 4)));
    // back from Friday 13 March, skipping weekends, the unmeasured 11th and the excluded 4th
    assertThat(b.days())
        .containsExactly(
            LocalDate.of(2026, 3, 13),
            LocalDate.of(2026, 3, 12),
            LocalDate.of(2026, 3, 10),
            LocalDate.of(2026, 3, 9),
            LocalDate.of(2026, 3, 6),
            LocalDate.of(2026, 3, 5),
            LocalDate.of(2026, 3, 3),
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 2, 27),
            LocalDate.of(2026, 2, 26));
    // (13 + 12 + 10 + 9 + 6 + 5 + 3 + 2 + 27 + 26) / 10 = 11.3 → 11; measured: the 16th
    assertThat(b.intervals()).containsExactly(new DrInterval(11, 16), new DrInterval(11, 16));
    assertThat(b.estimated()).isFalse();
  }

  @Test
  void withoutEnoughHistoryTheBaselineIsFlaggedEstimated() {
    MeterHistory young =
        (meter, start, minutes) ->
            new MeterHistory.NetEnergy(7, start >= START.minus(Duration.ofDays(4)).toEpochMilli());
    MeterBaseline b =
        new BaselineCalculator(young).compute("m", event(BaselineMethod.HIGH_5_OF_10), Set.of());
    assertThat(b.days()).containsExactly(LocalDate.of(2026, 3, 13));
    assertThat(b.estimated()).isTrue();
  }
}
