package org.gridledger.flex.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The two baseline methods, pure functions over integers (Wh), the same on every call. Days are
 * given most recent first; each method uses at most the first {@link #DAYS} of them. Division
 * rounds down (towards negative infinity), once per interval, on sums.
 *
 * <ul>
 *   <li><b>average of 10</b>: baseline(i) = ⌊Σ_d e(d, i) / n⌋ over the n ≤ 10 days.
 *   <li><b>high 5 of 10</b>: of those days, the k = min(5, n) with the highest total over the
 *       window (ties: the more recent); unadjusted baseline(i) = Σ_sel e(d, i) / k. Same-day
 *       adjustment: ratio r = A / (Σ_sel a(d) / k), where A is the event day's consumption over the
 *       adjustment window and a(d) a selected day's, clamped to [0.8, 1.2] (no adjustment when Σ
 *       a(d) ≤ 0); baseline(i) = ⌊Σ_sel e(d, i) · A / Σ_sel a(d)⌋ unclamped, else ⌊Σ_sel e(d, i) ·
 *       120 / (100 k)⌋ or ⌊… · 80 / (100 k)⌋.
 * </ul>
 */
public final class Baselines {
  public static final int DAYS = 10;
  public static final int HIGH = 5;
  public static final int CAP_PCT = 20;

  private Baselines() {}

  /** The plain average per interval of the (up to) 10 most recent days; zeros without days. */
  public static long[] average10(List<DayProfile> days, int intervals) {
    List<DayProfile> used = days.subList(0, Math.min(DAYS, days.size()));
    long[] out = new long[intervals];
    if (used.isEmpty()) {
      return out;
    }
    for (int i = 0; i < intervals; i++) {
      long sum = 0;
      for (DayProfile d : used) {
        sum = Math.addExact(sum, d.windowWh()[i]);
      }
      out[i] = Math.floorDiv(sum, used.size());
    }
    return out;
  }

  /** The high 5 of 10 baseline with the same-day adjustment; zeros without days. */
  public static long[] high5of10(List<DayProfile> days, int intervals, long eventDayAdjustmentWh) {
    List<DayProfile> selected = highest(days);
    long[] out = new long[intervals];
    if (selected.isEmpty()) {
      return out;
    }
    long k = selected.size();
    long adjustmentSum = 0;
    for (DayProfile d : selected) {
      adjustmentSum = Math.addExact(adjustmentSum, d.adjustmentWh());
    }
    long num;
    long den;
    if (adjustmentSum <= 0) {
      num = 1;
      den = k;
    } else if (Math.multiplyExact(eventDayAdjustmentWh * k, 100L)
        > Math.multiplyExact(adjustmentSum, 100L + CAP_PCT)) {
      num = 100 + CAP_PCT;
      den = 100 * k;
    } else if (Math.multiplyExact(eventDayAdjustmentWh * k, 100L)
        < Math.multiplyExact(adjustmentSum, 100L - CAP_PCT)) {
      num = 100 - CAP_PCT;
      den = 100 * k;
    } else {
      num = eventDayAdjustmentWh;
      den = adjustmentSum;
    }
    for (int i = 0; i < intervals; i++) {
      long sum = 0;
      for (DayProfile d : selected) {
        sum = Math.addExact(sum, d.windowWh()[i]);
      }
      out[i] = Math.floorDiv(Math.multiplyExact(sum, num), den);
    }
    return out;
  }

  /** The (up to) 5 days of the first 10 with the highest window total, ties to the more recent. */
  public static List<DayProfile> highest(List<DayProfile> days) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < Math.min(DAYS, days.size()); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingLong(i -> -days.get(i).totalWh()).thenComparingInt(i -> i));
    List<DayProfile> out = new ArrayList<>();
    for (int i = 0; i < Math.min(HIGH, order.size()); i++) {
      out.add(days.get(order.get(i)));
    }
    return out;
  }
}
