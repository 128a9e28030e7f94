package org.gridledger.cli.bench;

import java.time.Duration;

/**
 * What the load generator does: {@code senders} funded accounts send signed transfers for {@code
 * duration} over {@code connections} connections, {@code batchSize} per request, never more than
 * {@code maxRate} per second in total (transactions are signed before the clock starts, so the
 * generator's signing does not compete with the node).
 */
public record LoadPlan(
    int senders, Duration duration, int connections, int batchSize, int maxRate) {
  public LoadPlan {
    if (senders < 1 || connections < 1 || batchSize < 1 || maxRate < 1) {
      throw new IllegalArgumentException(
          "senders, connections, batch size and rate must be positive");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the duration must be positive");
    }
    if (connections > senders) {
      throw new IllegalArgumentException(
          "each connection needs at least one sender of its own: use at least "
              + connections
              + " senders");
    }
  }

  long transactionBudget() {
    return Math.multiplyExact((long) maxRate, Math.max(1, duration.toSeconds()));
  }
}
