package org.gridledger.ledger.tx;

import java.util.List;

/**
 * Settles an event after its window (OpenADR reports, turned into money): every committed meter in
 * ascending id order with its baseline and measured energy per interval, computed by the DSO's
 * operator from anchored readings. The ledger settles it deterministically. DSO only.
 */
public record SettleDrEvent(String eventId, List<DrPerformance> meters) implements Payload {
  public static final int MAX_METERS = 10_000;

  public SettleDrEvent {
    Text.require(eventId, "event_id", 128, false);
    meters = List.copyOf(Text.present(meters, "meters"));
    if (meters.size() > MAX_METERS) {
      throw new IllegalArgumentException("at most " + MAX_METERS + " meters per settlement");
    }
    for (int i = 1; i < meters.size(); i++) {
      if (meters.get(i - 1).meterId().compareTo(meters.get(i).meterId()) >= 0) {
        throw new IllegalArgumentException(
            "meters must be listed once each, in ascending id order");
      }
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.SETTLE_DR_EVENT;
  }
}
