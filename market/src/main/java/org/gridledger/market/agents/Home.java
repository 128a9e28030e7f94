package org.gridledger.market.agents;

import java.util.Objects;

/**
 * A home's forecast for one interval and its battery.
 *
 * @param id names the home
 * @param loadWh forecast consumption over the interval, Wh, zero or more
 * @param pvWh forecast PV production over the interval, Wh, zero or more
 * @param batterySocWh energy stored now, Wh, in [0, capacity]
 * @param batteryCapacityWh usable battery capacity, Wh; 0 for a home without battery
 * @param batteryPowerW the battery's charge and discharge power limit, W
 */
public record Home(
    String id,
    long loadWh,
    long pvWh,
    long batterySocWh,
    long batteryCapacityWh,
    long batteryPowerW) {

  private static final long MILLIS_PER_HOUR = 3_600_000L;

  public Home {
    Objects.requireNonNull(id, "id");
    requireNonNegative(loadWh, "loadWh");
    requireNonNegative(pvWh, "pvWh");
    requireNonNegative(batteryCapacityWh, "batteryCapacityWh");
    requireNonNegative(batteryPowerW, "batteryPowerW");
    if (batterySocWh < 0 || batterySocWh > batteryCapacityWh) {
      throw new IllegalArgumentException(
          "batterySocWh must be in [0, " + batteryCapacityWh + "], was " + batterySocWh);
    }
  }

  private static void requireNonNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, was " + value);
    }
  }

  /** A home without battery. */
  public static Home withoutBattery(String id, long loadWh, long pvWh) {
    return new Home(id, loadWh, pvWh, 0, 0, 0);
  }

  /** PV minus load over the interval, Wh: positive is a surplus, negative a deficit. */
  public long netWh() {
    return pvWh - loadWh;
  }

  /** The energy the battery can move in an interval at its power limit, Wh, rounded down. */
  public long batteryEnergyPerIntervalWh(long intervalMillis) {
    return Math.multiplyExact(batteryPowerW, intervalMillis) / MILLIS_PER_HOUR;
  }

  /** How much the battery can take in this interval: free capacity within the power limit. */
  public long chargeRoomWh(long intervalMillis) {
    return Math.min(batteryCapacityWh - batterySocWh, batteryEnergyPerIntervalWh(intervalMillis));
  }

  /** How much the battery can give in this interval: its charge within the power limit. */
  public long dischargeableWh(long intervalMillis) {
    return Math.min(batterySocWh, batteryEnergyPerIntervalWh(intervalMillis));
  }

  /** The same home with another state of charge. */
  public Home withSoc(long socWh) {
    return new Home(id, loadWh, pvWh, socWh, batteryCapacityWh, batteryPowerW);
  }

  /**
   * Net after self-consumption: a surplus first charges the battery, a deficit is first covered by
   * it, both within the power limit. Positive is a surplus left to sell, negative a need to buy.
   */
  public long residualAfterSelfConsumptionWh(long intervalMillis) {
    long net = netWh();
    return net >= 0
        ? net - Math.min(net, chargeRoomWh(intervalMillis))
        : net + Math.min(-net, dischargeableWh(intervalMillis));
  }
}
