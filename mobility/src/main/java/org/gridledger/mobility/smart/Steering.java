package org.gridledger.mobility.smart;

/**
 * The steering signal of a feeder from its state, µ/kWh: a bonus (a discount the DSO pays the
 * driver) where the feeder has room, a surcharge where its sessions are limited. {@code room =
 * headroom − demand of its sessions}; {@code capacity} = the charge points' total maximum power on
 * the feeder. Room for at least half the capacity: {@link #BONUS}; sessions limited: −{@link
 * #SURCHARGE}; otherwise 0.
 */
public final class Steering {
  public static final long BONUS = 20_000;
  public static final long SURCHARGE = 30_000;

  private Steering() {}

  public static long bonusPerKwh(long headroomW, long demandW, long capacityW) {
    long room = headroomW - demandW;
    if (room < 0) {
      return -SURCHARGE;
    }
    return capacityW > 0 && 2 * room >= capacityW ? BONUS : 0;
  }
}
