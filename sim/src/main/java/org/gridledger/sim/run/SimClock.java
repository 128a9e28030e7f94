package org.gridledger.sim.run;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The simulated clock the node and the community share; moved forward only. Thread-safe. */
public final class SimClock extends Clock {
  private volatile long millis;

  public SimClock(Instant start) {
    this.millis = start.toEpochMilli();
  }

  /** Moves to {@code instant}; never back. */
  public synchronized void set(long epochMillis) {
    if (epochMillis < millis) {
      throw new IllegalArgumentException("the simulated clock never goes back");
    }
    millis = epochMillis;
  }

  @Override
  public long millis() {
    return millis;
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
