package org.gridledger.mobility.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.tx.BookCharging;
import org.gridledger.mobility.ledger.ChargePointRecord;
import org.gridledger.mobility.ledger.FeederRecord;
import org.gridledger.mobility.ledger.MobilityState;

/**
 * Finds the charge points available for a query and ranks them. Available: within the distance,
 * open over the whole window (its availability windows), no quarter hour of the window booked, and
 * able to deliver the energy at its maximum power within the window. Score, in µ (lower first, then
 * by id):
 *
 * <pre>
 * score = energy × price_per_kwh / 1000 + duration × price_per_hour / 3,600,000   (cost)
 *       − energy × bonus / 1000                                                    (grid state)
 *       + distance_m × {@link #MICROS_PER_M}                                       (distance)
 * </pre>
 *
 * The bonus is the feeder's steering signal from the DSO's last publication (negative where its
 * charging is limited, positive where it has room). Distance: equirectangular on the rounded
 * locations.
 */
public final class ChargePointSearch {
  /** What a metre of distance weighs: 100 µ, i.e. 0.1 currency units per km. */
  public static final long MICROS_PER_M = 100;

  private ChargePointSearch() {}

  public static List<SearchHit> search(
      Iterable<ChargePointRecord> chargePoints, StateReader state, SearchQuery q, int limit) {
    List<SearchHit> hits = new ArrayList<>();
    long duration = q.end() - q.start();
    for (ChargePointRecord cp : chargePoints) {
      long distance =
          distanceM(q.latCentiDeg(), q.lonCentiDeg(), cp.latCentiDeg(), cp.lonCentiDeg());
      if (distance > q.maxDistanceM()
          || !cp.availableOver(q.start(), q.end())
          || Math.multiplyExact(cp.maxPowerW(), duration) / 3_600_000L < q.energyWh()
          || booked(state, cp.id(), q.start(), q.end())) {
        continue;
      }
      long bonus =
          MobilityState.feeder(state, cp.feeder()).map(FeederRecord::bonusPerKwh).orElse(0L);
      long cost =
          q.energyWh() * cp.pricePerKwh() / 1000 + duration * cp.pricePerHour() / 3_600_000L;
      long score = cost - q.energyWh() * bonus / 1000 + distance * MICROS_PER_M;
      hits.add(new SearchHit(cp, distance, cost, bonus, score));
    }
    hits.sort(Comparator.comparingLong(SearchHit::score).thenComparing(h -> h.chargePoint().id()));
    return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
  }

  private static boolean booked(StateReader state, String cp, long start, long end) {
    for (long t = Math.floorDiv(start, BookCharging.SLOT_MILLIS) * BookCharging.SLOT_MILLIS;
        t < end;
        t += BookCharging.SLOT_MILLIS) {
      if (MobilityState.slot(state, cp, t / BookCharging.SLOT_MILLIS).isPresent()) {
        return true;
      }
    }
    return false;
  }

  static long distanceM(int lat1, int lon1, int lat2, int lon2) {
    double meanLat = Math.toRadians((lat1 + lat2) / 200.0);
    double dy = (lat2 - lat1) / 100.0 * 111_195.0;
    double dx = (lon2 - lon1) / 100.0 * 111_195.0 * Math.cos(meanLat);
    return Math.round(Math.hypot(dx, dy));
  }
}
