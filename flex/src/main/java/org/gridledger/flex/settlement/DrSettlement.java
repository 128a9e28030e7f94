package org.gridledger.flex.settlement;

import java.util.List;
import org.gridledger.ledger.tx.DrDirection;
import org.gridledger.ledger.tx.DrInterval;

/**
 * The settlement rule of demand response, pure and in integers, as the ledger applies it.
 *
 * <ul>
 *   <li>commitment per interval = committed W × interval minutes / 60, rounded down;
 *   <li>delivered in an interval = baseline − measured (reduce) or measured − baseline (increase),
 *       clamped to [0, commitment per interval]: no credit for going the wrong way, none beyond the
 *       promise;
 *   <li>shortfall = commitment over the window − delivered; tolerance = commitment × tolerance % /
 *       100, rounded down; penalized = shortfall − tolerance when positive;
 *   <li>reward = delivered × reward per kWh / 1000 and penalty = penalized × penalty per kWh /
 *       1000, both rounded down to the micro-unit (the residue, under 1 µ, is never moved).
 * </ul>
 *
 * Deterministic; no overflow within the payloads' bounds.
 */
public final class DrSettlement {
  private DrSettlement() {}

  public static Performance perform(
      DrDirection direction,
      long committedW,
      int intervalMinutes,
      List<DrInterval> intervals,
      int tolerancePct,
      long rewardPerKwh,
      long penaltyPerKwh) {
    long perInterval = Math.multiplyExact(committedW, intervalMinutes) / 60;
    long committed = 0;
    long baseline = 0;
    long measured = 0;
    long delivered = 0;
    for (DrInterval i : intervals) {
      long raw =
          direction == DrDirection.REDUCE
              ? i.baselineWh() - i.measuredWh()
              : i.measuredWh() - i.baselineWh();
      delivered += Math.max(0, Math.min(raw, perInterval));
      committed += perInterval;
      baseline += i.baselineWh();
      measured += i.measuredWh();
    }
    long shortfall = committed - delivered;
    long tolerance = Math.multiplyExact(committed, tolerancePct) / 100;
    long penalized = Math.max(0, shortfall - tolerance);
    return new Performance(
        committed,
        baseline,
        measured,
        delivered,
        shortfall,
        penalized,
        Math.multiplyExact(delivered, rewardPerKwh) / 1000,
        Math.multiplyExact(penalized, penaltyPerKwh) / 1000);
  }
}
