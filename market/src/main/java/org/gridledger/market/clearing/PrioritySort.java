package org.gridledger.market.clearing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToLongFunction;
import org.gridledger.market.order.Order;

/**
 * Sorts one side of a book into price–time priority, the hot spot of clearing, on primitive keys:
 * first by price, packing each order's price offset with its index into one long sorted by {@link
 * Arrays#sort(long[])}; then each run of equal price by time the same way; then each run of equal
 * price and time by id. A range whose offsets do not fit beside the index falls back to sorting
 * with {@link PriceTimePriority}. The result is exactly the order of {@link PriceTimePriority}.
 */
final class PrioritySort {

  private static final Comparator<Order> BY_TIME_THEN_ID =
      Comparator.comparing(Order::time).thenComparing(Order::id);
  private static final Comparator<Order> BY_ID = Comparator.comparing(Order::id);
  private static final long MAX_EPOCH_SECOND = Long.MAX_VALUE / 1_000_000_000L - 1;

  private PrioritySort() {}

  /** Sorts {@code orders} in place; {@code buys} puts higher prices first. */
  static void sort(Order[] orders, boolean buys) {
    ToLongFunction<Order> price =
        buys ? o -> Long.MAX_VALUE - o.pricePerKwh() : o -> o.pricePerKwh() ^ Long.MIN_VALUE;
    if (!sortByKey(orders, 0, orders.length, price)) {
      Arrays.sort(orders, buys ? PriceTimePriority.BUYS : PriceTimePriority.SELLS);
      return;
    }
    forEachRun(orders, 0, orders.length, Order::pricePerKwh, PrioritySort::sortByTimeThenId);
  }

  private static void sortByTimeThenId(Order[] orders, int from, int to) {
    for (int i = from; i < to; i++) {
      long second = orders[i].time().getEpochSecond();
      if (second < -MAX_EPOCH_SECOND || second > MAX_EPOCH_SECOND) {
        Arrays.sort(orders, from, to, BY_TIME_THEN_ID);
        return;
      }
    }
    if (!sortByKey(orders, from, to, o -> nanos(o) ^ Long.MIN_VALUE)) {
      Arrays.sort(orders, from, to, BY_TIME_THEN_ID);
      return;
    }
    forEachRun(orders, from, to, PrioritySort::nanos, (a, i, j) -> Arrays.sort(a, i, j, BY_ID));
  }

  private static long nanos(Order order) {
    return order.time().getEpochSecond() * 1_000_000_000L + order.time().getNano();
  }

  /**
   * Sorts {@code [from, to)} by an unsigned key if the keys' offsets from the smallest fit beside
   * the index in 63 bits; returns false, leaving the range as it was, if not.
   */
  private static boolean sortByKey(Order[] orders, int from, int to, ToLongFunction<Order> key) {
    int n = to - from;
    if (n < 2) {
      return true;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = key.applyAsLong(orders[from + i]);
    }
    long min = keys[0];
    long max = keys[0];
    for (long k : keys) {
      min = Long.compareUnsigned(k, min) < 0 ? k : min;
      max = Long.compareUnsigned(k, max) > 0 ? k : max;
    }
    int indexBits = 32 - Integer.numberOfLeadingZeros(n - 1);
    if (Long.compareUnsigned(max - min, 1L << (63 - indexBits)) >= 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      keys[i] = (keys[i] - min) << indexBits | i;
    }
    Arrays.sort(keys);
    Order[] sorted = new Order[n];
    long mask = (1L << indexBits) - 1;
    for (int k = 0; k < n; k++) {
      sorted[k] = orders[from + (int) (keys[k] & mask)];
    }
    System.arraycopy(sorted, 0, orders, from, n);
    return true;
  }

  private interface RangeSort {
    void sort(Order[] orders, int from, int to);
  }

  private static void forEachRun(
      Order[] orders, int from, int to, ToLongFunction<Order> key, RangeSort action) {
    for (int start = from; start < to; ) {
      long value = key.applyAsLong(orders[start]);
      int end = start + 1;
      while (end < to && key.applyAsLong(orders[end]) == value) {
        end++;
      }
      if (end - start > 1) {
        action.sort(orders, start, end);
      }
      start = end;
    }
  }
}
