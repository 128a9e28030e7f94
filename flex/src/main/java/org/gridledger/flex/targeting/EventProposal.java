package org.gridledger.flex.targeting;

import java.util.List;
import org.gridledger.ledger.tx.BaselineMethod;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrDirection;

/**
 * What the targeting proposes for one forecast interval: where, which way, how many W, and why (the
 * violations found). The DSO adds its prices and deadlines with {@link #toEvent}.
 */
public record EventProposal(
    String feeder,
    List<String> buses,
    DrDirection direction,
    long requestedW,
    List<String> reasons) {
  public EventProposal {
    buses = List.copyOf(buses);
    reasons = List.copyOf(reasons);
  }

  /** The event that carries this proposal out over {@code [start, end)}. */
  public CreateDrEvent toEvent(
      String eventId,
      long windowStart,
      long windowEnd,
      int intervalMinutes,
      long rewardPerKwh,
      long penaltyPerKwh,
      int tolerancePct,
      int notificationMinutes,
      long optInDeadline,
      BaselineMethod baseline) {
    return new CreateDrEvent(
        eventId,
        feeder,
        buses,
        windowStart,
        windowEnd,
        intervalMinutes,
        direction,
        requestedW,
        rewardPerKwh,
        penaltyPerKwh,
        tolerancePct,
        notificationMinutes,
        optInDeadline,
        baseline);
  }
}
