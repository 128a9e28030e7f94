package org.gridledger.ledger.tx;

import org.gridledger.ledger.crypto.Hash;

/** The DSO closes a booking nobody came to (no-show), after its grace period. DSO only. */
public record CloseBooking(Hash booking) implements Payload {
  public CloseBooking {
    Text.present(booking, "booking");
  }

  @Override
  public PayloadType type() {
    return PayloadType.CLOSE_BOOKING;
  }
}
