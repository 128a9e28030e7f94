package org.gridledger.ledger.tx;

import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.units.Money;

/**
 * Money leaves the ledger through the DSO's settlement gateway, which pays it out off the ledger
 * (to the bank account named by {@code reference}). Signed by the account holder for their own
 * account, or by the DSO for any account. Money leaves the ledger only here.
 */
public record Withdraw(PublicKey from, Money amount, String reference) implements Payload {
  public Withdraw {
    Text.present(from, "from");
    Text.present(amount, "amount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be positive, not " + amount.micros());
    }
    Text.require(reference, "reference", 140, false);
  }

  @Override
  public PayloadType type() {
    return PayloadType.WITHDRAW;
  }

  @Override
  public Money maxDebit(PublicKey sender) {
    return sender.equals(from) ? amount : Money.ZERO;
  }
}
