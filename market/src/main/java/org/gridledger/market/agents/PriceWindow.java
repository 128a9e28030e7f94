package org.gridledger.market.agents;

import java.util.Arrays;

/**
 * The last {@code capacity} clearing prices, oldest dropped first. Mutable, not thread-safe; its
 * content depends only on the sequence of prices added.
 */
public final class PriceWindow {

  private final long[] prices;
  private int size;
  private int next;

  public PriceWindow(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    }
    prices = new long[capacity];
  }

  /** Records a clearing price, micro-units per kWh. */
  public void add(long pricePerKwh) {
    prices[next] = pricePerKwh;
    next = (next + 1) % prices.length;
    size = Math.min(size + 1, prices.length);
  }

  /** How many prices are held. */
  public int size() {
    return size;
  }

  /** The most recent price. */
  public long latest() {
    requireNotEmpty();
    return prices[Math.floorMod(next - 1, prices.length)];
  }

  /**
   * The lower {@code percent} quantile of the held prices: the sorted prices' element at index
   * {@code (size − 1) × percent / 100}, rounded down (nearest-rank, no interpolation).
   */
  public long quantile(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent must be in [0, 100], was " + percent);
    }
    requireNotEmpty();
    long[] sorted = Arrays.copyOf(prices, size);
    Arrays.sort(sorted);
    return sorted[(size - 1) * percent / 100];
  }

  private void requireNotEmpty() {
    if (size == 0) {
      throw new IllegalStateException("no price observed yet");
    }
  }
}
