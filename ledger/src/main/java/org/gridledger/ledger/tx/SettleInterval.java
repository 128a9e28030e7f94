package org.gridledger.ledger.tx;

import java.util.List;

/**
 * Settles an interval after delivery on what the meters measured (from anchored readings, or the
 * DSO's flagged estimates): every registered meter of the interval, in ascending id order. DSO
 * only.
 */
public record SettleInterval(long intervalStart, List<MeterEnergy> meters) implements Payload {
  public static final int MAX_METERS = 50_000;

  public SettleInterval {
    Text.present(meters, "meters");
    if (meters.size() > MAX_METERS) {
      throw new IllegalArgumentException("at most " + MAX_METERS + " meters per settlement");
    }
    meters = List.copyOf(meters);
    for (int i = 1; i < meters.size(); i++) {
      if (meters.get(i - 1).meterId().compareTo(meters.get(i).meterId()) >= 0) {
        throw new IllegalArgumentException(
            "meters must be listed once each, in ascending id order");
      }
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.SETTLE_INTERVAL;
  }
}
