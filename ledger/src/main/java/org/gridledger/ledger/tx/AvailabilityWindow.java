package org.gridledger.ledger.tx;

/**
 * A daily window in which a charge point may be booked: minutes of the day, UTC, {@code [from,
 * to)}, {@code 0 ≤ from < to ≤ 1440}.
 */
public record AvailabilityWindow(int fromMinute, int toMinute) {
  public AvailabilityWindow {
    if (fromMinute < 0 || toMinute > 1440 || fromMinute >= toMinute) {
      throw new IllegalArgumentException(
          "a window is [from, to) in minutes of the day with 0 <= from < to <= 1440, not ["
              + fromMinute
              + ", "
              + toMinute
              + ")");
    }
  }
}
