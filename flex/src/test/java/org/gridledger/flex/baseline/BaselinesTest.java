package org.gridledger.flex.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both baseline methods against cases worked out by hand. */
class BaselinesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 13);

  private static List<DayProfile> days(long[][] window, long[] adjustment) {
    List<DayProfile> out = new ArrayList<>();
    for (int k = 0; k < window.length; k++) {
      out.add(new DayProfile(DAY.minusDays(k), window[k], adjustment[k]));
    }
    return out;
  }

  @Test
  void averageOfTenRoundsEachIntervalDown() {
    long[][] window = new long[10][];
    for (int k = 0; k < 10; k++) {
      window[k] = new long[] {100 + k, 200 - 2 * k};
    }
    // Σ(100 + k) = 1045 → 104.5 → 104; Σ(200 − 2k) = 1910 → 191
    assertThat(Baselines.average10(days(window, new long[10]), 2)).containsExactly(104, 191);
  }

  @Test
  void averageUsesOnlyTheTenMostRecentDays() {
    long[][] window = new long[12][];
    for (int k = 0; k < 12; k++) {
      window[k] = new long[] {k < 10 ? 50 : 5_000};
    }
    assertThat(Baselines.average10(days(window, new long[12]), 1)).containsExactly(50);
  }

  @Test
  void averageOfFewerDaysAndOfExports() {
    // three days: (10 + 11 + 13) / 3 = 11.33 → 11; (20 + 21 + 20) / 3 = 20.33 → 20
    assertThat(
            Baselines.average10(days(new long[][] {{10, 20}, {11, 21}, {13, 20}}, new long[3]), 2))
        .containsExactly(11, 20);
    // a net exporter: (−5 − 6) / 2 = −5.5 rounds down to −6
    assertThat(Baselines.average10(days(new long[][] {{-5}, {-6}}, new long[2]), 1))
        .containsExactly(-6);
    assertThat(Baselines.average10(List.of(), 3)).containsExactly(0, 0, 0);
  }

  /** Days (most recent first) 5, 9, 3, 9, 7, 1, 8, 2, 6, 4: the high five are 9, 9, 8, 7, 6. */
  private static final long[][] TEN = {{5}, {9}, {3}, {9}, {7}, {1}, {8}, {2}, {6}, {4}};

  private static final long[] ADJ_TEN = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10};

  @Test
  void highFiveOfTenWithTheSameDayAdjustment() {
    List<DayProfile> d = days(TEN, ADJ_TEN);
    assertThat(Baselines.highest(d).stream().map(p -> p.windowWh()[0]))
        .containsExactly(9L, 9L, 8L, 7L, 6L);
    // Σ = 39, Σ adjustment = 50; ratio 10 · 5 / 50 = 1 → ⌊39 / 5⌋ = 7
    assertThat(Baselines.high5of10(d, 1, 10)).containsExactly(7);
    // ratio 1.1 → ⌊39 · 11 / 50⌋ = ⌊8.58⌋ = 8
    assertThat(Baselines.high5of10(d, 1, 11)).containsExactly(8);
    // ratio 2 capped at 1.2 → ⌊39 · 120 / 500⌋ = ⌊9.36⌋ = 9
    assertThat(Baselines.high5of10(d, 1, 20)).containsExactly(9);
    // ratio 0.5 (and 0) floored at 0.8 → ⌊39 · 80 / 500⌋ = ⌊6.24⌋ = 6
    assertThat(Baselines.high5of10(d, 1, 5)).containsExactly(6);
    assertThat(Baselines.high5of10(d, 1, 0)).containsExactly(6);
  }

  @Test
  void highFiveTiesGoToTheMoreRecentDays() {
    // six equal days; the oldest has a large adjustment: were it chosen, Σa = 1040 and the
    // ratio 50 / 1040 would floor at 0.8, giving ⌊20 · 80 / 500⌋ = 3 instead of 20 · 10 / 50 = 4
    List<DayProfile> d =
        days(new long[][] {{4}, {4}, {4}, {4}, {4}, {4}}, new long[] {10, 10, 10, 10, 10, 1_000});
    assertThat(Baselines.high5of10(d, 1, 10)).containsExactly(4);
  }

  @Test
  void highFiveWithoutAdjustmentHistory() {
    // no consumption in the adjustment windows: no adjustment, plain mean of the high five
    assertThat(Baselines.high5of10(days(TEN, new long[10]), 1, 500)).containsExactly(7);
    assertThat(Baselines.high5of10(List.of(), 2, 500)).containsExactly(0, 0);
  }

  @Test
  void theWorkedExampleOfTheReadme() {
    // meter m-a of the end-to-end test (flex/README.md, "A worked example")
    long[][] window = {
      {300, 331, 362, 393}, {337, 368, 399, 430}, {374, 405, 346, 377}, {321, 352, 383, 414},
      {358, 389, 420, 361}, {305, 336, 367, 398}, {342, 373, 404, 435}, {379, 320, 351, 382},
      {326, 357, 388, 419}, {363, 394, 425, 366}
    };
    long[] adj = {1500, 1553, 1606, 1659, 1512, 1565, 1618, 1671, 1524, 1577};
    List<DayProfile> d = days(window, adj);
    // totals 1386 1534 1502 1470 1528 1406 1554 1432 1490 1548: high five = days 6, 9, 1, 4, 2
    // sums per interval 1774 1929 1994 1969; Σa = 1618 + 1577 + 1553 + 1512 + 1606 = 7866
    // A = 1650: ratio 1650 · 5 / 7866 = 1.049 (inside ±20 %) → ⌊1774 · 1650 / 7866⌋ = 372, …
    assertThat(Baselines.high5of10(d, 4, 1650)).containsExactly(372, 404, 418, 413);
    // average: Σ 3405 3625 3845 3975 → 340, 362, 384, 397
    assertThat(Baselines.average10(d, 4)).containsExactly(340, 362, 384, 397);
  }
}
