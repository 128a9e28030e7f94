package org.gridledger.market.order;

import java.util.Arrays;

/**
 * A fixed-capacity open-addressing map from strings to non-negative ints, for the book checks over
 * 100,000 orders: no node per entry, no boxing; Fibonacci hashing spreads the sequential hash codes
 * of names such as {@code home1234}. Lookup only; it is never iterated, so hashing cannot leak into
 * any result.
 */
final class StringTable {

  private final String[] keys;
  private final int[] values;
  private final int mask;
  private final int shift;

  /** A table for at most {@code capacity} distinct keys. */
  StringTable(int capacity) {
    int size = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) * 2;
    keys = new String[size];
    values = new int[size];
    Arrays.fill(values, -1);
    mask = size - 1;
    shift = Integer.numberOfLeadingZeros(size) + 1;
  }

  /** The value of {@code key}, or -1. */
  int get(String key) {
    return values[slot(key)];
  }

  /** Sets the value of {@code key}, which must be non-negative. */
  void put(String key, int value) {
    int slot = slot(key);
    keys[slot] = key;
    values[slot] = value;
  }

  /** Sets {@code key} to {@code value} unless present; returns the previous value or -1. */
  int putIfAbsent(String key, int value) {
    int slot = slot(key);
    int previous = values[slot];
    if (previous < 0) {
      keys[slot] = key;
      values[slot] = value;
    }
    return previous;
  }

  private int slot(String key) {
    int slot = (key.hashCode() * 0x9E3779B9) >>> shift;
    while (keys[slot] != null && !keys[slot].equals(key)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
