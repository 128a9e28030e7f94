package org.gridledger.ledger.tx;

/** Withdraws a meter's commitment before the opt-in deadline (OpenADR optOut). */
public record DrOptOut(String eventId, String meterId) implements Payload {
  public DrOptOut {
    Text.require(eventId, "event_id", 128, false);
    Text.require(meterId, "meter_id", 128, false);
  }

  @Override
  public PayloadType type() {
    return PayloadType.DR_OPT_OUT;
  }
}
