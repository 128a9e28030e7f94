package org.gridledger.ledger.account;

import java.util.Optional;
import org.gridledger.ledger.state.Key;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.units.Money;

/**
 * Balances and nonces, namespace {@code acct}. Every movement of money is a {@link #move}: one
 * account debited, another credited by the same amount, so the sum of all balances (the gateway's
 * included) is always zero. No balance but the gateway's may go negative.
 */
public final class Accounts {
  static final String NAMESPACE = "acct";

  private Accounts() {}

  static Key key(AccountId id) {
    return Key.of(NAMESPACE, id.toBytes());
  }

  public static Account get(StateReader state, AccountId id) {
    byte[] bytes = state.get(key(id));
    return bytes == null ? Account.EMPTY : Account.decode(bytes);
  }

  public static Optional<Account> find(StateReader state, AccountId id) {
    byte[] bytes = state.get(key(id));
    return bytes == null ? Optional.empty() : Optional.of(Account.decode(bytes));
  }

  public static Money balance(StateReader state, AccountId id) {
    return get(state, id).balance();
  }

  /**
   * Moves {@code amount} from one account to another.
   *
   * @return false, changing nothing, if {@code from} (not the gateway) cannot cover it
   */
  public static boolean move(StateOverlay state, AccountId from, AccountId to, Money amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("cannot move a negative amount");
    }
    Account source = get(state, from);
    Money remaining = source.balance().minus(amount);
    if (remaining.isNegative() && !from.equals(AccountId.GATEWAY)) {
      return false;
    }
    state.put(key(from), source.withBalance(remaining).encode());
    Account target = get(state, to);
    state.put(key(to), target.withBalance(target.balance().plus(amount)).encode());
    return true;
  }

  /**
   * Moves {@code amount} from a liability account that may go negative (the DSO's {@link
   * AccountId#GRID}, a participant's arrears) to another account.
   */
  public static void moveOnCredit(StateOverlay state, AccountId from, AccountId to, Money amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("cannot move a negative amount");
    }
    if (amount.micros() == 0) {
      return;
    }
    Account source = get(state, from);
    state.put(key(from), source.withBalance(source.balance().minus(amount)).encode());
    Account target = get(state, to);
    state.put(key(to), target.withBalance(target.balance().plus(amount)).encode());
  }

  /**
   * Charges a participant what it owes for metered energy: from its balance as far as it goes, the
   * rest booked to its arrears, which its next deposits pay first. Never fails.
   *
   * @return the part booked to arrears
   */
  public static Money charge(
      StateOverlay state,
      org.gridledger.ledger.crypto.PublicKey payer,
      AccountId to,
      Money amount) {
    AccountId account = AccountId.of(payer);
    Money available = balance(state, account);
    Money paid =
        available.compareTo(amount) >= 0
            ? amount
            : (available.isNegative() ? Money.ZERO : available);
    if (paid.isPositive()) {
      move(state, account, to, paid);
    }
    Money owed = amount.minus(paid);
    moveOnCredit(state, AccountId.arrearsOf(payer), to, owed);
    return owed;
  }

  public static void incrementNonce(StateOverlay state, AccountId id) {
    state.put(key(id), get(state, id).withNextNonce().encode());
  }
}
