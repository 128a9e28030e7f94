package org.gridledger.flex.baseline;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * One past day as the baselines see it: its net consumption (import − export, Wh) in each interval
 * of the event's window shifted to that day, and over the same-day adjustment window.
 */
public record DayProfile(LocalDate day, long[] windowWh, long adjustmentWh) {
  public DayProfile {
    if (day == null || windowWh == null || windowWh.length == 0) {
      throw new IllegalArgumentException("a day profile needs a day and at least one interval");
    }
    windowWh = windowWh.clone();
  }

  /** Net consumption over the whole window. */
  public long totalWh() {
    return Arrays.stream(windowWh).sum();
  }

  @Override
  public long[] windowWh() {
    return windowWh.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DayProfile d
        && day.equals(d.day)
        && Arrays.equals(windowWh, d.windowWh)
        && adjustmentWh == d.adjustmentWh;
  }

  @Override
  public int hashCode() {
    return day.hashCode() * 31 + Arrays.hashCode(windowWh);
  }

  @Override
  public String toString() {
    return day + " " + Arrays.toString(windowWh) + " adj " + adjustmentWh;
  }
}
