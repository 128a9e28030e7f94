package org.gridledger.sim.scenario;

/**
 * A demand-response call of the DSO: on {@code day} (1 = the first simulated day), from {@code
 * fromMinute} to {@code toMinute} after midnight UTC, participating households cut their
 * consumption by {@code reduction} (a fraction), rewarded at {@code rewardPerKwh} µ/kWh delivered.
 */
public record DrEvent(
    int day, int fromMinute, int toMinute, double reduction, double share, long rewardPerKwh) {
  public DrEvent {
    if (day < 1 || fromMinute < 0 || toMinute <= fromMinute || toMinute > 1440) {
      throw new IllegalArgumentException("a demand-response event needs day >= 1 and from < to");
    }
    if (reduction < 0 || reduction > 1 || share < 0 || share > 1 || rewardPerKwh < 0) {
      throw new IllegalArgumentException("reduction and share 0-1, reward >= 0");
    }
  }
}
