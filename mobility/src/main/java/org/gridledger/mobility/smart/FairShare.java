package org.gridledger.mobility.smart;

/**
 * How a feeder's charging headroom is shared among its sessions. Each session wants its demand (W)
 * and needs {@code need = min(demand, minRate)} to charge at all (a car below the IEC 61851 minimum
 * current stops). If the demands fit, nobody is limited. Otherwise sessions are admitted in
 * priority order (earliest start first) while their needs fit, the others get 0 (paused: headroom
 * forces it); the admitted share the headroom by water-filling, so every admitted session gets the
 * same share L, except those that want less than L and get their demand. Shares are whole watts,
 * rounded down, so they never add up to more than the headroom. Pure and deterministic.
 */
public final class FairShare {
  private FairShare() {}

  /**
   * @param headroomW what the sessions may draw together, ≥ 0
   * @param minRateW the minimum rate, ≥ 0
   * @param demandsW each session's demand, > 0, in priority order
   * @return each session's share, in the same order
   */
  public static long[] split(long headroomW, long minRateW, long[] demandsW) {
    int n = demandsW.length;
    long[] shares = new long[n];
    long total = 0;
    for (long d : demandsW) {
      total += d;
    }
    if (total <= headroomW) {
      System.arraycopy(demandsW, 0, shares, 0, n);
      return shares;
    }
    boolean[] admitted = new boolean[n];
    long needs = 0;
    int count = 0;
    for (int i = 0; i < n; i++) {
      long need = Math.min(demandsW[i], minRateW);
      if (needs + need <= headroomW) {
        needs += need;
        admitted[i] = true;
        count++;
      }
    }
    waterFill(headroomW, demandsW, admitted, count, shares);
    return shares;
  }

  private static void waterFill(
      long capacity, long[] demands, boolean[] admitted, int count, long[] shares) {
    Integer[] order = new Integer[demands.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Long.compare(demands[a], demands[b]));
    long left = capacity;
    int remaining = count;
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      if (!admitted[i]) {
        continue;
      }
      long level = left / remaining;
      shares[i] = Math.min(demands[i], level);
      if (demands[i] > level) {
        // every admitted session from here on wants more than the level: all get the level
        for (int m = k; m < order.length; m++) {
          if (admitted[order[m]]) {
            shares[order[m]] = level;
          }
        }
        return;
      }
      left -= shares[i];
      remaining--;
    }
  }
}
