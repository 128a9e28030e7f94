package org.gridledger.flex.agents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrDirection;

/**
 * A home's demand-response agent: pure and seeded (the result depends only on its arguments and the
 * generator's draws), so simulations replay exactly. Integers only.
 *
 * <p>Against a <b>reduction</b> it shifts EV charging out of the event window into the cheapest
 * intervals the car is parked (the window only if the car could not otherwise be charged in time),
 * defers each appliance to the cheapest start that avoids the window (the washing machine that
 * starts when the price is lowest), and discharges the battery in the window down to its reserve.
 * Against an <b>increase</b> it pulls EV charging and appliances into the window and charges the
 * battery there. Its commitment is the smallest per-interval change it plans over the window,
 * compared with doing nothing (charging on arrival, appliances at their earliest start, battery
 * idle), turned into W and scaled by a caution drawn from the generator in [70 %, 90 %], rounded
 * down to 10 W.
 */
public final class DrAgent {
  private DrAgent() {}

  public static DrResponse respond(
      Household h, CreateDrEvent e, long[] pricePerKwh, RandomGenerator random) {
    int n = h.intervals();
    if (pricePerKwh.length != n) {
      throw new IllegalArgumentException("one price per interval of the horizon");
    }
    boolean[] inEvent = new boolean[n];
    for (int i = 0; i < n; i++) {
      long start = h.startMillis() + (long) i * h.intervalMinutes() * 60_000;
      long end = start + h.intervalMinutes() * 60_000L;
      inEvent[i] = start < e.windowEnd() && e.windowStart() < end;
    }
    boolean reduce = e.direction() == DrDirection.REDUCE;
    long[] naive = h.baseLoadWh();
    long[] planned = h.baseLoadWh();
    long[] ev = new long[n];
    long[] battery = new long[n];
    Map<String, Integer> starts = new HashMap<>();
    h.ev()
        .ifPresent(
            p -> {
              long[] asap = charge(h, p, pricePerKwh, inEvent, reduce, true);
              long[] shifted = charge(h, p, pricePerKwh, inEvent, reduce, false);
              for (int i = 0; i < n; i++) {
                naive[i] += asap[i];
                planned[i] += shifted[i];
                ev[i] = shifted[i];
              }
            });
    for (Household.Appliance a : h.deferrable()) {
      int start = bestStart(a, pricePerKwh, inEvent, reduce);
      starts.put(a.name(), start);
      run(naive, a, a.earliestStart());
      run(planned, a, start);
    }
    h.battery()
        .ifPresent(
            b -> {
              long room = reduce ? b.socWh() - b.reserveWh() : b.capacityWh() - b.socWh();
              for (int i = 0; i < n && room > 0; i++) {
                if (inEvent[i]) {
                  long step = Math.min(room, h.perInterval(b.maxPowerW()));
                  battery[i] = reduce ? step : -step;
                  planned[i] -= battery[i];
                  room -= step;
                }
              }
            });
    long least = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      if (inEvent[i]) {
        long change = reduce ? naive[i] - planned[i] : planned[i] - naive[i];
        least = Math.min(least, change);
      }
    }
    long caution = 70 + random.nextInt(21);
    long committed =
        least == Long.MAX_VALUE || least <= 0
            ? 0
            : least * 60 / h.intervalMinutes() * caution / 100 / 10 * 10;
    return new DrResponse(committed, ev, battery, starts, planned);
  }

  /** EV charging: as soon as parked (naive), or into the preferred intervals first. */
  private static long[] charge(
      Household h,
      Household.EvPlan p,
      long[] price,
      boolean[] inEvent,
      boolean reduce,
      boolean asap) {
    int n = h.intervals();
    long[] out = new long[n];
    List<Integer> order = new ArrayList<>();
    for (int i = Math.max(0, p.arrival()); i < Math.min(n, p.departure()); i++) {
      order.add(i);
    }
    if (!asap) {
      // reduce: outside the window first; increase: inside first; then cheapest, then earliest
      order.sort(
          Comparator.<Integer>comparingInt(i -> inEvent[i] == reduce ? 1 : 0)
              .thenComparingLong(i -> price[i])
              .thenComparingInt(i -> i));
    }
    long left = p.neededWh();
    for (int i : order) {
      long step = Math.min(left, h.perInterval(p.maxPowerW()));
      out[i] = step;
      left -= step;
    }
    return out;
  }

  private static int bestStart(
      Household.Appliance a, long[] price, boolean[] inEvent, boolean reduce) {
    int best = -1;
    long bestCost = Long.MAX_VALUE;
    int bestClash = Integer.MAX_VALUE;
    for (int s = a.earliestStart();
        s + a.duration() <= Math.min(a.latestEnd(), price.length);
        s++) {
      long cost = 0;
      int inside = 0;
      for (int i = s; i < s + a.duration(); i++) {
        cost += price[i];
        inside += inEvent[i] ? 1 : 0;
      }
      int clash = reduce ? inside : a.duration() - inside;
      if (clash < bestClash || (clash == bestClash && cost < bestCost)) {
        best = s;
        bestCost = cost;
        bestClash = clash;
      }
    }
    return best < 0 ? a.earliestStart() : best;
  }

  private static void run(long[] load, Household.Appliance a, int start) {
    long each = a.energyWh() / a.duration();
    for (int i = 0; i < a.duration() && start + i < load.length; i++) {
      load[start + i] += each + (i == 0 ? a.energyWh() % a.duration() : 0);
    }
  }
}
