package org.gridledger.market.clearing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gridledger.market.order.Order;

/**
 * One side of a book in price–time priority, with the columns clearing reads held in primitive
 * arrays, so that the hot loops walk compact arrays rather than chase order objects around the
 * heap. A {@link Builder} reads every order once, in input order, and the columns are then
 * permuted. Bus numbers are arbitrary (first met in input order); {@link Pairing} never lets the
 * numbering show in its result.
 */
final class SortedSide {

  private static final long MAX_EPOCH_SECOND = Long.MAX_VALUE / 1_000_000_000L - 1;

  final Order[] orders;
  final long[] prices;
  final long[] energies;
  final int[] buses;

  private SortedSide(Order[] orders, long[] prices, long[] energies, int[] buses) {
    this.orders = orders;
    this.prices = prices;
    this.energies = energies;
    this.buses = buses;
  }

  int size() {
    return orders.length;
  }

  /** Collects the orders of one side. */
  static final class Builder {

    private final boolean buys;
    private final Map<String, Integer> busIndex;
    private final List<String> busNames;
    private Order[] orders;
    private long[] prices;
    private long[] energies;
    private long[] times;
    private int[] buses;
    private int size;
    private boolean timesPackable = true;

    /**
     * @param busIndex numbers buses as they are first met; shared by both sides
     * @param busNames the names of the numbered buses, appended to as new buses are met
     */
    Builder(boolean buys, int capacity, Map<String, Integer> busIndex, List<String> busNames) {
      this.buys = buys;
      this.busIndex = busIndex;
      this.busNames = busNames;
      orders = new Order[capacity];
      prices = new long[capacity];
      energies = new long[capacity];
      times = new long[capacity];
      buses = new int[capacity];
    }

    void add(Order order) {
      prices[size] = order.pricePerKwh();
      energies[size] = order.energyWh();
      long second = order.time().getEpochSecond();
      if (second < -MAX_EPOCH_SECOND || second > MAX_EPOCH_SECOND) {
        timesPackable = false;
      } else {
        times[size] = (second * 1_000_000_000L + order.time().getNano()) ^ Long.MIN_VALUE;
      }
      Integer bus = busIndex.putIfAbsent(order.bus(), busNames.size());
      if (bus == null) {
        bus = busNames.size();
        busNames.add(order.bus());
      }
      buses[size] = bus;
      orders[size++] = order;
    }

    SortedSide sort() {
      Order[] input = Arrays.copyOf(orders, size);
      int[] perm =
          PrioritySort.permutation(
              input, Arrays.copyOf(prices, size), timesPackable ? times : null, buys);
      Order[] sortedOrders = new Order[size];
      long[] sortedPrices = new long[size];
      long[] sortedEnergies = new long[size];
      int[] sortedBuses = new int[size];
      for (int k = 0; k < size; k++) {
        int i = perm[k];
        sortedOrders[k] = input[i];
        sortedPrices[k] = prices[i];
        sortedEnergies[k] = energies[i];
        sortedBuses[k] = buses[i];
      }
      return new SortedSide(sortedOrders, sortedPrices, sortedEnergies, sortedBuses);
    }
  }
}
