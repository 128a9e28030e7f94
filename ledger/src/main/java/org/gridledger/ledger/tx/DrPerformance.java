package org.gridledger.ledger.tx;

import java.util.List;

/**
 * A committed meter's baseline and measurement over every interval of an event's window, and
 * whether any figure behind them was estimated (a reading missing or interpolated across a gap).
 */
public record DrPerformance(String meterId, List<DrInterval> intervals, boolean estimated) {
  public DrPerformance {
    Text.require(meterId, "meter_id", 128, false);
    intervals = List.copyOf(Text.present(intervals, "intervals"));
    if (intervals.isEmpty() || intervals.size() > CreateDrEvent.MAX_INTERVALS) {
      throw new IllegalArgumentException("1 to " + CreateDrEvent.MAX_INTERVALS + " intervals");
    }
  }
}
