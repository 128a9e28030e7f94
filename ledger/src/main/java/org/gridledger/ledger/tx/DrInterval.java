package org.gridledger.ledger.tx;

/**
 * One interval of a committed meter in an event's settlement: its baseline and what it measured,
 * both as net consumption (import − export) in Wh, so either may be negative.
 */
public record DrInterval(long baselineWh, long measuredWh) {
  public static final long LIMIT_WH = 1_000_000_000L;

  public DrInterval {
    if (Math.abs(baselineWh) > LIMIT_WH || Math.abs(measuredWh) > LIMIT_WH) {
      throw new IllegalArgumentException("interval energy beyond ±" + LIMIT_WH + " Wh");
    }
  }
}
