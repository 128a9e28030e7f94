package org.gridledger.ledger.tx;

import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.units.Money;

/**
 * The DSO, as settlement gateway, credits a participant with money received off the ledger (a bank
 * transfer named by {@code reference}). Money enters the ledger only here. DSO only.
 */
public record Deposit(PublicKey to, Money amount, String reference) implements Payload {
  public Deposit {
    Text.present(to, "to");
    Text.present(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be positive, not " + amount.micros());
    }
    Text.require(reference, "reference", 140, false);
  }

  @Override
  public PayloadType type() {
    return PayloadType.DEPOSIT;
  }
}
