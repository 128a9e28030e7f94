package org.gridledger.metering.ingest;

/** What became of one submitted reading: accepted (to be anchored in a coming block) or refused. */
public sealed interface ReadingResult permits ReadingResult.Accepted, ReadingRefusal {

  /** Accepted: stored and anchored with the next block, after which {@code ticket} is anchored. */
  record Accepted(String meterId, long sequence, long ticket) implements ReadingResult {}

  default boolean isAccepted() {
    return this instanceof Accepted;
  }
}
