package org.gridledger.ledger.exec;

import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.units.Money;

/**
 * What a rule sees while it executes one transaction: the transaction, its registered sender, the
 * block's height and time (the only clock inside execution), and the state, whose writes are kept
 * only if the rule answers {@link Outcome#APPLIED}.
 */
public record TxContext(
    Transaction tx, Participant sender, long height, long timeMillis, StateOverlay state) {

  public boolean senderHas(Role role) {
    return sender.has(role);
  }

  /** A refusal unless the sender holds {@code role}. */
  public Outcome requireRole(Role role) {
    return sender.has(role)
        ? Outcome.APPLIED
        : Refusal.of(
            Reason.UNAUTHORIZED_ROLE,
            tx.payload().type().jsonName() + " is reserved to the " + role + " role");
  }

  /** Moves money, or refuses with {@link Reason#INSUFFICIENT_FUNDS} naming the account. */
  public Outcome move(AccountId from, AccountId to, Money amount) {
    if (Accounts.move(state, from, to, amount)) {
      return Outcome.APPLIED;
    }
    return Refusal.of(
        Reason.INSUFFICIENT_FUNDS,
        "account "
            + from
            + " holds "
            + Accounts.balance(state, from).micros()
            + " µ, less than "
            + amount.micros());
  }
}
