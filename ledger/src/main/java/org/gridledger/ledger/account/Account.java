package org.gridledger.ledger.account;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.units.Money;

/**
 * An account's balance and the number of transactions its holder has sent, which is the nonce its
 * next transaction must carry.
 */
public record Account(Money balance, long nonce) {
  public static final Account EMPTY = new Account(Money.ZERO, 0);

  public Account {
    if (nonce < 0) {
      throw new IllegalArgumentException("nonce must not be negative");
    }
  }

  Account withBalance(Money newBalance) {
    return new Account(newBalance, nonce);
  }

  Account withNextNonce() {
    return new Account(balance, nonce + 1);
  }

  byte[] encode() {
    return new ByteWriter(16).i64(balance.micros()).i64(nonce).toBytes();
  }

  static Account decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    Account account = new Account(Money.micros(in.i64("balance")), in.i64("nonce"));
    in.expectEnd("account");
    return account;
  }
}
