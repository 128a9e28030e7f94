package org.gridledger.flex.baseline;

import java.time.LocalDate;
import java.util.List;
import org.gridledger.ledger.tx.DrInterval;

/**
 * A committed meter's baseline and measurement per interval of an event, what the settlement
 * carries, with the similar days the baseline was drawn from (most recent first) and whether
 * anything was estimated (an event-day figure not measured, or fewer than 10 usable days).
 */
public record MeterBaseline(
    String meterId, List<DrInterval> intervals, List<LocalDate> days, boolean estimated) {
  public MeterBaseline {
    intervals = List.copyOf(intervals);
    days = List.copyOf(days);
  }
}
