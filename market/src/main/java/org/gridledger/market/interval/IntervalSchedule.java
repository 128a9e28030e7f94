package org.gridledger.market.interval;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Cuts time into delivery intervals of equal length aligned on the Unix epoch (15-minute intervals
 * start at :00, :15, :30, :45 UTC). Pure integer arithmetic on epoch milliseconds; no clock is
 * read.
 *
 * <p>Interval {@code k} delivers over {@code [k·L, (k+1)·L)}, closes its gate at {@code k·L −
 * gateClosureLead} and accepts orders from {@code k·L − horizon}, where {@code L} is the length.
 *
 * @param length delivery length, a positive whole number of milliseconds
 * @param gateClosureLead how long before delivery the gate closes; zero or more
 * @param horizon how far ahead of delivery orders are accepted; more than {@code gateClosureLead}
 */
public record IntervalSchedule(Duration length, Duration gateClosureLead, Duration horizon) {

  public IntervalSchedule {
    Objects.requireNonNull(length, "length");
    Objects.requireNonNull(gateClosureLead, "gateClosureLead");
    Objects.requireNonNull(horizon, "horizon");
    if (length.isNegative() || length.isZero() || length.toNanos() % 1_000_000 != 0) {
      throw new IllegalArgumentException(
          "length must be a positive whole number of milliseconds, was " + length);
    }
    if (gateClosureLead.isNegative() || gateClosureLead.toNanos() % 1_000_000 != 0) {
      throw new IllegalArgumentException(
          "gateClosureLead must be zero or more whole milliseconds, was " + gateClosureLead);
    }
    if (horizon.compareTo(gateClosureLead) <= 0 || horizon.toNanos() % 1_000_000 != 0) {
      throw new IllegalArgumentException(
          "horizon must be whole milliseconds longer than gateClosureLead, was " + horizon);
    }
  }

  /** 15-minute intervals, gate closure 5 minutes before delivery, orders up to 24 h ahead. */
  public static IntervalSchedule defaults() {
    return new IntervalSchedule(
        Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofHours(24));
  }

  /** The index of the interval whose delivery contains {@code time}. */
  public long indexAt(Instant time) {
    return Math.floorDiv(time.toEpochMilli(), length.toMillis());
  }

  /** The interval whose delivery contains {@code time}. */
  public MarketInterval intervalAt(Instant time) {
    return interval(indexAt(time));
  }

  /** Interval number {@code index}. */
  public MarketInterval interval(long index) {
    long start = Math.multiplyExact(index, length.toMillis());
    return new MarketInterval(
        index,
        Instant.ofEpochMilli(start),
        Instant.ofEpochMilli(Math.addExact(start, length.toMillis())),
        Instant.ofEpochMilli(start - gateClosureLead.toMillis()),
        Instant.ofEpochMilli(start - horizon.toMillis()));
  }

  /** The earliest interval still accepting orders at {@code now}: its gate closes after now. */
  public long firstOpenIndex(Instant now) {
    return Math.floorDiv(now.toEpochMilli() + gateClosureLead.toMillis(), length.toMillis()) + 1;
  }

  /** The latest interval accepting orders at {@code now}: its window opened at or before now. */
  public long lastOpenIndex(Instant now) {
    return Math.floorDiv(now.toEpochMilli() + horizon.toMillis(), length.toMillis());
  }

  /** Whether interval {@code index} accepts orders at {@code now}. */
  public boolean isOpen(long index, Instant now) {
    return index >= firstOpenIndex(now) && index <= lastOpenIndex(now);
  }
}
