package org.gridledger.market.interval;

import java.time.Instant;
import java.util.Objects;

/**
 * One delivery interval and its order window: orders are accepted from {@code opensAt} (inclusive)
 * until {@code gateClosure} (exclusive), when the book is cleared.
 *
 * @param index the interval's number: its start in epoch milliseconds divided by its length
 * @param start first instant of delivery (inclusive)
 * @param end end of delivery (exclusive)
 * @param gateClosure when the book closes and is cleared; not after {@code start}
 * @param opensAt the earliest instant an order for this interval is accepted
 */
public record MarketInterval(
    long index, Instant start, Instant end, Instant gateClosure, Instant opensAt) {

  public MarketInterval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(gateClosure, "gateClosure");
    Objects.requireNonNull(opensAt, "opensAt");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("interval start " + start + " must be before end " + end);
    }
    if (gateClosure.isAfter(start)) {
      throw new IllegalArgumentException(
          "gate closure " + gateClosure + " must not be after the start " + start);
    }
    if (opensAt.isAfter(gateClosure)) {
      throw new IllegalArgumentException(
          "opensAt " + opensAt + " must not be after the gate closure " + gateClosure);
    }
  }

  /** Whether an order placed at {@code time} is within this interval's window. */
  public boolean acceptsOrdersAt(Instant time) {
    return !time.isBefore(opensAt) && time.isBefore(gateClosure);
  }

  /** The length of delivery in milliseconds. */
  public long lengthMillis() {
    return end.toEpochMilli() - start.toEpochMilli();
  }
}
