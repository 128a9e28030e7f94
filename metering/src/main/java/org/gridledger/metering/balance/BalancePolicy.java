package org.gridledger.metering.balance;

/**
 * When the energy balance raises an alert and flags a meter.
 *
 * @param alertFloorWh the smallest unaccounted energy that raises a non-technical-loss alert
 * @param alertPpm unaccounted energy above this share (ppm) of the energy through the feeder's head
 *     raises an alert, if above the floor too
 * @param dropPercent a meter whose import falls below this percentage of its own recent mean is
 *     flagged as a sudden drop, unless its peers dropped alike
 * @param historyIntervals how many preceding intervals make a meter's recent mean
 * @param minBaselineWh a meter whose recent mean is below this is never flagged (too little to
 *     judge)
 */
public record BalancePolicy(
    long alertFloorWh, long alertPpm, int dropPercent, int historyIntervals, long minBaselineWh) {
  public BalancePolicy {
    if (alertFloorWh < 0 || alertPpm < 0 || dropPercent < 0 || dropPercent > 100) {
      throw new IllegalArgumentException("thresholds must not be negative; a drop is a percentage");
    }
    if (historyIntervals < 1 || historyIntervals > 96 || minBaselineWh < 0) {
      throw new IllegalArgumentException("history is 1 to 96 intervals; the baseline not negative");
    }
  }

  public static BalancePolicy defaults() {
    return new BalancePolicy(100, 30_000, 30, 4, 50);
  }
}
