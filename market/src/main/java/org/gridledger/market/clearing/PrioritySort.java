package org.gridledger.market.clearing;

import java.util.Arrays;
import java.util.Comparator;
import org.gridledger.market.order.Order;

/**
 * The permutation that puts one side of a book into price–time priority, computed on primitive
 * columns because this is the hot spot of clearing: first by price, packing each price's offset
 * with its index into one long sorted by {@link Arrays#sort(long[])}; then each run of equal price
 * by time the same way; then each run of equal price and time by id. Where offsets do not fit
 * beside the index, or times lie beyond the years 1678–2261, it falls back to {@link
 * PriceTimePriority}. The result is exactly the order of {@link PriceTimePriority}.
 */
final class PrioritySort {

  private final Order[] orders;
  private final long[] prices;
  private final long[] timeKeys;
  private final Comparator<Order> priority;
  private final int[] perm;

  private PrioritySort(Order[] orders, long[] prices, long[] timeKeys, boolean buys) {
    this.orders = orders;
    this.prices = prices;
    this.timeKeys = timeKeys;
    this.priority = buys ? PriceTimePriority.BUYS : PriceTimePriority.SELLS;
    this.perm = new int[orders.length];
    Arrays.setAll(perm, i -> i);
  }

  /**
   * The indices of {@code orders} in priority order.
   *
   * @param prices each order's limit price, a column aligned with {@code orders}
   * @param timeKeys each order's time in epoch nanoseconds with the sign bit flipped, or null if
   *     some time does not fit in a long
   * @param buys whether higher prices come first
   */
  static int[] permutation(Order[] orders, long[] prices, long[] timeKeys, boolean buys) {
    PrioritySort sort = new PrioritySort(orders, prices, timeKeys, buys);
    sort.run(buys);
    return sort.perm;
  }

  private void run(boolean buys) {
    int n = orders.length;
    long[] priceKeys = new long[n];
    for (int i = 0; i < n; i++) {
      priceKeys[i] = buys ? Long.MAX_VALUE - prices[i] : prices[i] ^ Long.MIN_VALUE;
    }
    if (!sortByKey(0, n, priceKeys)) {
      sortWith(0, n, priority);
      return;
    }
    for (int start = 0; start < n; ) {
      int end = endOfRun(start, n, prices);
      if (end - start > 1) {
        if (timeKeys == null || !sortByKey(start, end, timeKeys)) {
          sortWith(start, end, priority);
        } else {
          for (int s = start; s < end; ) {
            int e = endOfRun(s, end, timeKeys);
            if (e - s > 1) {
              sortWith(s, e, Comparator.comparing(Order::id));
            }
            s = e;
          }
        }
      }
      start = end;
    }
  }

  private int endOfRun(int start, int limit, long[] column) {
    long value = column[perm[start]];
    int end = start + 1;
    while (end < limit && column[perm[end]] == value) {
      end++;
    }
    return end;
  }

  /** Sorts {@code perm[from, to)} by an unsigned column if the offsets fit beside the index. */
  private boolean sortByKey(int from, int to, long[] column) {
    int n = to - from;
    if (n < 2) {
      return true;
    }
    long min = column[perm[from]];
    long max = min;
    for (int k = from; k < to; k++) {
      long v = column[perm[k]];
      min = Long.compareUnsigned(v, min) < 0 ? v : min;
      max = Long.compareUnsigned(v, max) > 0 ? v : max;
    }
    int indexBits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
    if (Long.compareUnsigned(max - min, 1L << (63 - indexBits)) >= 0) {
      return false;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (column[perm[from + i]] - min) << indexBits | i;
    }
    Arrays.sort(keys);
    int[] sorted = new int[n];
    long mask = (1L << indexBits) - 1;
    for (int k = 0; k < n; k++) {
      sorted[k] = perm[from + (int) (keys[k] & mask)];
    }
    System.arraycopy(sorted, 0, perm, from, n);
    return true;
  }

  private void sortWith(int from, int to, Comparator<Order> comparator) {
    Integer[] boxed = new Integer[to - from];
    for (int k = from; k < to; k++) {
      boxed[k - from] = perm[k];
    }
    Arrays.sort(boxed, (a, b) -> comparator.compare(orders[a], orders[b]));
    for (int k = from; k < to; k++) {
      perm[k] = boxed[k - from];
    }
  }
}
