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

  /** Sets {@code key} to {@code value} unless present; returns the previous value or -1. */
  int putIfAbsent(String key, int value) {
    int slot = slotOf(key);
    int previous = values[slot];
    if (previous < 0) {
      setAt(slot, key, value);
    }
    return previous;
  }

  /** The slot holding {@code key}, or the free slot where it would go; valid until a new key. */
  int slotOf(String key) {
    int slot = (key.hashCode() * 0x9E3779B9) >>> shift;
    while (keys[slot] != null && !keys[slot].equals(key)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The value in {@code slot}, or -1 if it is free. */
  int valueAt(int slot) {
    return values[slot];
  }

  /** Puts {@code key} and a non-negative {@code value} in the slot {@link #slotOf} found. */
  void setAt(int slot, String key, int value) {
    keys[slot] = key;
    values[slot] = value;
  }
}
