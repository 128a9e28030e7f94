package org.gridledger.ledger.tx;

/** The DSO calls an event off before its window starts (OpenADR eventStatus cancelled). */
public record CancelDrEvent(String eventId, String reason) implements Payload {
  public CancelDrEvent {
    Text.require(eventId, "event_id", 128, false);
    Text.require(reason, "reason", 256, true);
  }

  @Override
  public PayloadType type() {
    return PayloadType.CANCEL_DR_EVENT;
  }
}
