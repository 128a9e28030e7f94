package org.gridledger.market.clearing;

import java.util.Arrays;

/**
 * Names the buyer–seller pairs once {@link Crossing} has fixed how much each order trades. Any
 * traded buy may pair with any traded sell (every traded bid is at least every traded ask), so
 * pairing only chooses who delivers to whom, in three passes:
 *
 * <ol>
 *   <li>Same bus: at each bus, its buys and sells are paired in priority order.
 *   <li>Nearest buses: the buses with energy left are ranked per side by their best remaining
 *       order; among the first {@code candidateBuses} of each side, bus pairs are served greedily
 *       by ascending distance, ties by buyer-bus rank then seller-bus rank.
 *   <li>Rest: what is left (only at buses beyond the candidates) is paired in priority order.
 * </ol>
 *
 * Greedy, not a minimum-distance assignment; linear in orders plus {@code candidateBuses²}.
 */
final class Pairing {

  private final ElectricalDistance distance;
  private final int candidateBuses;

  Pairing(ElectricalDistance distance, int candidateBuses) {
    this.distance = distance;
    this.candidateBuses = candidateBuses;
  }

  /**
   * The pairs, as positions in the sorted sides.
   *
   * @param busNames the name of each bus number used by the sides; the numbering itself never
   *     affects the pairs
   */
  PairList pair(SortedSide buys, SortedSide sells, Crossing crossing, String[] busNames) {
    int nb = crossing.buysMatched();
    int ns = crossing.sellsMatched();
    BusQueues buyQueues = BusQueues.of(buys.buses, crossing.buyFill(), nb, busNames.length);
    BusQueues sellQueues = BusQueues.of(sells.buses, crossing.sellFill(), ns, busNames.length);
    PairList pairs = new PairList(nb + ns);
    for (int bus = 0; bus < busNames.length; bus++) {
      zip(buyQueues, bus, sellQueues, bus, pairs);
    }
    int[] buyerBuses = busesWithEnergyLeft(buys.buses, nb, buyQueues, busNames.length);
    int[] sellerBuses = busesWithEnergyLeft(sells.buses, ns, sellQueues, busNames.length);
    for (long key : busPairsByDistance(buyerBuses, sellerBuses, busNames)) {
      int pair = (int) (key & PAIR_MASK);
      zip(
          buyQueues,
          buyerBuses[pair / sellerBuses.length],
          sellQueues,
          sellerBuses[pair % sellerBuses.length],
          pairs);
    }
    pairRest(buyQueues, nb, sellQueues, ns, pairs);
    return pairs;
  }

  private static final int PAIR_BITS = 20;
  private static final long PAIR_MASK = (1L << PAIR_BITS) - 1;

  /** The largest {@code candidateBuses}: its square must fit in {@link #PAIR_BITS}. */
  static final int MAX_CANDIDATE_BUSES = 1 << (PAIR_BITS / 2);

  private int[] busesWithEnergyLeft(int[] busOf, int count, BusQueues queues, int busCount) {
    boolean[] listed = new boolean[busCount];
    int[] result = new int[Math.min(candidateBuses, busCount)];
    int size = 0;
    for (int p = 0; p < count && size < result.length; p++) {
      if (queues.remaining(p) > 0 && !listed[busOf[p]]) {
        listed[busOf[p]] = true;
        result[size++] = busOf[p];
      }
    }
    return Arrays.copyOf(result, size);
  }

  private long[] busPairsByDistance(int[] buyerBuses, int[] sellerBuses, String[] busNames) {
    long[] distances = new long[buyerBuses.length * sellerBuses.length];
    for (int b = 0; b < buyerBuses.length; b++) {
      for (int s = 0; s < sellerBuses.length; s++) {
        long d = distance.between(busNames[buyerBuses[b]], busNames[sellerBuses[s]]);
        if (d < 0) {
          throw new IllegalStateException(
              "ElectricalDistance returned "
                  + d
                  + " for buses "
                  + busNames[buyerBuses[b]]
                  + " and "
                  + busNames[sellerBuses[s]]
                  + "; distances must not be negative");
        }
        distances[b * sellerBuses.length + s] = d;
      }
    }
    long[] distinct = distances.clone();
    Arrays.sort(distinct);
    int distinctCount = 0;
    for (int k = 0; k < distinct.length; k++) {
      if (k == 0 || distinct[k] != distinct[k - 1]) {
        distinct[distinctCount++] = distinct[k];
      }
    }
    long[] keys = new long[distances.length];
    for (int pair = 0; pair < distances.length; pair++) {
      long rank = Arrays.binarySearch(distinct, 0, distinctCount, distances[pair]);
      keys[pair] = rank << PAIR_BITS | pair;
    }
    Arrays.sort(keys);
    return keys;
  }

  private static void zip(
      BusQueues buyQueues, int buyBus, BusQueues sellQueues, int sellBus, PairList pairs) {
    for (int b = buyQueues.peek(buyBus), s = sellQueues.peek(sellBus);
        b >= 0 && s >= 0;
        b = buyQueues.peek(buyBus), s = sellQueues.peek(sellBus)) {
      long energy = Math.min(buyQueues.remaining(b), sellQueues.remaining(s));
      buyQueues.take(b, energy);
      sellQueues.take(s, energy);
      pairs.add(b, s, energy);
    }
  }

  private static void pairRest(
      BusQueues buyQueues, int nb, BusQueues sellQueues, int ns, PairList pairs) {
    int b = 0;
    int s = 0;
    while (true) {
      while (b < nb && buyQueues.remaining(b) == 0) {
        b++;
      }
      while (s < ns && sellQueues.remaining(s) == 0) {
        s++;
      }
      if (b == nb || s == ns) {
        return;
      }
      long energy = Math.min(buyQueues.remaining(b), sellQueues.remaining(s));
      buyQueues.take(b, energy);
      sellQueues.take(s, energy);
      pairs.add(b, s, energy);
    }
  }
}
