package org.gridledger.market.clearing;

import java.util.Arrays;

/** Growable columns of pairs (buy position, sell position, energy), with no boxing. */
final class PairList {

  private int[] buys;
  private int[] sells;
  private long[] energies;
  private int size;

  PairList(int capacity) {
    int initial = Math.max(16, capacity);
    buys = new int[initial];
    sells = new int[initial];
    energies = new long[initial];
  }

  void add(int buy, int sell, long energy) {
    if (size == buys.length) {
      int grown = size * 2;
      buys = Arrays.copyOf(buys, grown);
      sells = Arrays.copyOf(sells, grown);
      energies = Arrays.copyOf(energies, grown);
    }
    buys[size] = buy;
    sells[size] = sell;
    energies[size] = energy;
    size++;
  }

  int size() {
    return size;
  }

  int buy(int k) {
    return buys[k];
  }

  int sell(int k) {
    return sells[k];
  }

  long energy(int k) {
    return energies[k];
  }

  /**
   * The indices of the pairs ordered by buy position, then sell position: two stable counting
   * sorts, linear in pairs plus positions.
   */
  int[] orderByPositions(int buyCount, int sellCount) {
    int[] bySell = countingSort(identity(size), sells, sellCount);
    return countingSort(bySell, buys, buyCount);
  }

  private int[] identity(int n) {
    int[] result = new int[n];
    Arrays.setAll(result, k -> k);
    return result;
  }

  private int[] countingSort(int[] input, int[] keys, int keyCount) {
    int[] starts = new int[keyCount + 1];
    for (int k : input) {
      starts[keys[k] + 1]++;
    }
    for (int key = 0; key < keyCount; key++) {
      starts[key + 1] += starts[key];
    }
    int[] output = new int[input.length];
    for (int k : input) {
      output[starts[keys[k]]++] = k;
    }
    return output;
  }
}
