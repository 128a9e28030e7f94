package org.gridledger.ledger.tx;

import org.gridledger.ledger.crypto.Hash;

/** The driver who booked cancels its booking; the cancellation rule decides the refund. */
public record CancelBooking(Hash booking) implements Payload {
  public CancelBooking {
    Text.present(booking, "booking");
  }

  @Override
  public PayloadType type() {
    return PayloadType.CANCEL_BOOKING;
  }
}
