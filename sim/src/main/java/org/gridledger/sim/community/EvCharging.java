package org.gridledger.sim.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.gridledger.sim.scenario.EvSpec;

/**
 * EV stays and their charging schedules. Each EV arrives home every day (arrival and departure
 * hours normal around the scenario's means, at least an hour apart) needing its trips' energy back
 * (normal, at least zero, at most the battery). Uncontrolled charging runs at full power from the
 * arrival; price-steered charging picks the intervals of the stay where the community's net load
 * (its consumption less its PV: the local price's driver) is lowest, one car after another, each
 * car's charging raising the valleys it filled (valley filling). Energy that does not fit in a stay
 * is counted as unserved.
 */
public final class EvCharging {
  private EvCharging() {}

  /** The stays of the EVs of {@code households} over {@code intervals} intervals. */
  public static List<EvSession> sessions(
      List<Household> households,
      EvSpec spec,
      int days,
      int intervalMinutes,
      int intervals,
      RandomGenerator random) {
    List<EvSession> out = new ArrayList<>();
    double perHour = 60.0 / intervalMinutes;
    for (Household h : households) {
      if (!h.hasEv()) {
        continue;
      }
      for (int d = 0; d < days; d++) {
        double arrival = d * 24 + spec.arrivalHour() + spec.arrivalSd() * random.nextGaussian();
        double departure =
            d * 24 + spec.departureHour() + spec.departureSd() * random.nextGaussian();
        departure = Math.max(departure, arrival + 1);
        double kwh = spec.tripKwh() + spec.tripSd() * random.nextGaussian();
        long wh = Math.round(Math.max(0, Math.min(spec.batteryKwh(), kwh)) * 1000);
        int a = Math.max(0, (int) Math.ceil(arrival * perHour));
        int b = Math.min(intervals, (int) Math.floor(departure * perHour));
        if (b > a && wh > 0) {
          out.add(new EvSession(h.index(), a, b, wh));
        }
      }
    }
    return out;
  }

  /** Charging at full power from arrival: Wh per household and interval; returns unserved Wh. */
  public static long uncontrolled(List<EvSession> sessions, long maxWh, long[][] into) {
    long unserved = 0;
    for (EvSession s : sessions) {
      long left = s.energyWh();
      for (int k = s.arrival(); k < s.departure() && left > 0; k++) {
        long e = Math.min(maxWh, left);
        into[s.household()][k] += e;
        left -= e;
      }
      unserved += left;
    }
    return unserved;
  }

  /** Valley filling on {@code netLoad} (Wh per interval, updated); returns unserved Wh. */
  public static long steered(
      List<EvSession> sessions, long maxWh, double[] netLoad, long[][] into) {
    long unserved = 0;
    for (EvSession s : sessions) {
      List<Integer> slots = new ArrayList<>();
      for (int k = s.arrival(); k < s.departure(); k++) {
        slots.add(k);
      }
      slots.sort(Comparator.<Integer>comparingDouble(k -> netLoad[k]).thenComparing(k -> k));
      long left = s.energyWh();
      for (int k : slots) {
        if (left == 0) {
          break;
        }
        long e = Math.min(maxWh, left);
        into[s.household()][k] += e;
        netLoad[k] += e;
        left -= e;
      }
      unserved += left;
    }
    return unserved;
  }
}
