package org.gridledger.ledger.tx;

import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.units.Money;

/** Moves money from the sender's account to another participant's. */
public record Transfer(PublicKey to, Money amount, String memo) implements Payload {
  public Transfer {
    Text.present(to, "to");
    Text.present(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be positive, not " + amount.micros());
    }
    Text.require(memo, "memo", 140, true);
  }

  @Override
  public PayloadType type() {
    return PayloadType.TRANSFER;
  }

  @Override
  public Money maxDebit(PublicKey sender) {
    return amount;
  }
}
