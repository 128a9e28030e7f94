package org.gridledger.metering.energy;

import java.util.List;

/**
 * Whether an interval can be settled: every registered meter has an anchored reading at or after
 * the interval's end ({@code complete == meters}), or the settlement deadline has passed, after
 * which the silent meters' energy is settled as flagged estimates.
 *
 * @param waiting the meters without a reading past the interval's end (at most 100 listed)
 */
public record SettlementReadiness(
    long intervalStartMillis,
    long intervalMinutes,
    int meters,
    int complete,
    List<String> waiting,
    boolean deadlinePassed) {
  public SettlementReadiness {
    waiting = List.copyOf(waiting.subList(0, Math.min(100, waiting.size())));
  }

  /** All readings are in, or the deadline passed. */
  public boolean ready() {
    return complete == meters || deadlinePassed;
  }
}
