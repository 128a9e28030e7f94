package org.gridledger.ledger.tx;

/**
 * A participant's commitment to an event (OpenADR {@code oadrCreatedEvent} with optIn): its meter
 * will deliver {@code committedW} in every interval of the window. Sent by the meter's owner or by
 * the aggregator enrolled for it, before the event's opt-in deadline; a second opt-in of the same
 * meter replaces the first.
 */
public record DrOptIn(String eventId, String meterId, long committedW) implements Payload {
  public DrOptIn {
    Text.require(eventId, "event_id", 128, false);
    Text.require(meterId, "meter_id", 128, false);
    if (committedW <= 0 || committedW > RegisterFlexResource.MAX_CAPACITY_W) {
      throw new IllegalArgumentException("committed_w must be positive, got " + committedW);
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.DR_OPT_IN;
  }
}
