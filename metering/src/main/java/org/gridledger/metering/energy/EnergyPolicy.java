package org.gridledger.metering.energy;

import java.time.Duration;

/**
 * How interval energy is derived.
 *
 * @param maxGap two readings further apart than this are a gap: a register value interpolated
 *     between them is an estimate (a reading exactly at the instant is always measured)
 * @param settlementDeadline how long after an interval's end its settlement may go ahead on
 *     estimates for meters still silent
 */
public record EnergyPolicy(Duration maxGap, Duration settlementDeadline) {
  public EnergyPolicy {
    if (maxGap == null || maxGap.isNegative() || settlementDeadline == null) {
      throw new IllegalArgumentException("max gap and settlement deadline are required");
    }
  }

  public static EnergyPolicy defaults() {
    return new EnergyPolicy(Duration.ofMinutes(5), Duration.ofMinutes(60));
  }
}
