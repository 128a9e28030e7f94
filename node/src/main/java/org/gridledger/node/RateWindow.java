package org.gridledger.node;

import java.time.Duration;

/** Events per second over a sliding window of one-second buckets. Thread-safe. */
final class RateWindow {
  private final long[] counts;
  private final long[] seconds;

  RateWindow(Duration window) {
    counts = new long[(int) window.toSeconds()];
    seconds = new long[counts.length];
  }

  synchronized void add(long events) {
    long now = System.currentTimeMillis() / 1000;
    int slot = (int) (now % counts.length);
    if (seconds[slot] != now) {
      seconds[slot] = now;
      counts[slot] = 0;
    }
    counts[slot] += events;
  }

  synchronized double perSecond() {
    long now = System.currentTimeMillis() / 1000;
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      if (now - seconds[i] < counts.length) {
        sum += counts[i];
      }
    }
    return (double) sum / counts.length;
  }
}
