package org.gridledger.flex.agents;

import java.util.List;
import java.util.Optional;

/**
 * What an agent knows of one home over a planning horizon of {@code intervals} intervals of {@code
 * intervalMinutes} starting at {@code startMillis}: its inflexible load per interval (Wh), and its
 * flexible devices. Energy in Wh, power in W.
 */
public record Household(
    long startMillis,
    int intervalMinutes,
    long[] baseLoadWh,
    Optional<EvPlan> ev,
    Optional<Battery> battery,
    List<Appliance> deferrable) {
  public Household {
    if (intervalMinutes < 1 || baseLoadWh == null || baseLoadWh.length == 0) {
      throw new IllegalArgumentException("a horizon of at least one interval");
    }
    baseLoadWh = baseLoadWh.clone();
    deferrable = List.copyOf(deferrable);
  }

  @Override
  public long[] baseLoadWh() {
    return baseLoadWh.clone();
  }

  public int intervals() {
    return baseLoadWh.length;
  }

  /** The energy a power delivers in one interval, rounded down. */
  long perInterval(long watts) {
    return watts * intervalMinutes / 60;
  }

  /**
   * An EV parked from interval {@code arrival} to {@code departure} (exclusive), needing energy.
   */
  public record EvPlan(int arrival, int departure, long neededWh, long maxPowerW) {
    public EvPlan {
      if (arrival < 0 || departure < arrival || neededWh < 0 || maxPowerW <= 0) {
        throw new IllegalArgumentException("bad EV plan");
      }
    }
  }

  /** A home battery: its charge, size, power and the reserve it keeps. */
  public record Battery(long socWh, long capacityWh, long maxPowerW, long reserveWh) {
    public Battery {
      if (socWh < 0 || socWh > capacityWh || maxPowerW <= 0 || reserveWh < 0) {
        throw new IllegalArgumentException("bad battery");
      }
    }
  }

  /**
   * A deferrable appliance run (the washing machine): {@code energyWh} over {@code duration}
   * intervals, to start no earlier than {@code earliestStart} and end by {@code latestEnd}.
   */
  public record Appliance(
      String name, long energyWh, int duration, int earliestStart, int latestEnd) {
    public Appliance {
      if (duration < 1 || earliestStart < 0 || latestEnd < earliestStart + duration) {
        throw new IllegalArgumentException("bad appliance window for " + name);
      }
    }
  }
}
