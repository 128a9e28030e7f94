package org.gridledger.flex.settlement;

/**
 * What one committed meter delivered in an event and what it is paid or charged for it. Energy in
 * Wh, money in µ.
 *
 * @param committedWh the commitment over the whole window
 * @param baselineWh the baseline summed over the window
 * @param measuredWh the measured net consumption summed over the window
 * @param deliveredWh delivery counted for reward: per interval, clamped to [0, commitment]
 * @param shortfallWh committed but not delivered
 * @param penalizedWh the shortfall beyond the tolerance
 * @param rewardMicros deliveredWh × reward per kWh / 1000, rounded down
 * @param penaltyMicros penalizedWh × penalty per kWh / 1000, rounded down
 */
public record Performance(
    long committedWh,
    long baselineWh,
    long measuredWh,
    long deliveredWh,
    long shortfallWh,
    long penalizedWh,
    long rewardMicros,
    long penaltyMicros) {
  public Performance {
    if (deliveredWh < 0 || shortfallWh < 0 || penalizedWh < 0 || deliveredWh > committedWh) {
      throw new IllegalArgumentException("inconsistent performance");
    }
    if (rewardMicros < 0 || penaltyMicros < 0) {
      throw new IllegalArgumentException("negative money");
    }
  }
}
