package org.gridledger.consensus.types;

import java.time.Duration;

/**
 * When a block is cut: as soon as {@code maxTransactions} wait, or {@code interval} after the first
 * of them arrived.
 */
public record BlockPolicy(Duration interval, int maxTransactions) {
  public BlockPolicy {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the block interval must be positive");
    }
    if (maxTransactions < 1) {
      throw new IllegalArgumentException("a block must be allowed at least one transaction");
    }
  }

  public static BlockPolicy defaults() {
    return new BlockPolicy(Duration.ofMillis(50), 10_000);
  }
}
