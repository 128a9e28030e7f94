package org.gridledger.ledger.tx;

import org.gridledger.ledger.crypto.Hash;

/** Withdraws one's own order before its gate closes; its escrow comes back. */
public record CancelOrder(Hash order) implements Payload {
  public CancelOrder {
    Text.present(order, "order");
  }

  @Override
  public PayloadType type() {
    return PayloadType.CANCEL_ORDER;
  }
}
