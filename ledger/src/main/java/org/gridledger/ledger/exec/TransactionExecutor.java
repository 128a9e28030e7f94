package org.gridledger.ledger.exec;

import java.util.Optional;
import org.gridledger.ledger.account.Account;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.tx.Transaction;

/**
 * Executes one transaction against a block's state: the envelope checks every transaction passes
 * (format, chain, signature, registered sender, nonce), then the rule of its payload. A refused
 * transaction leaves the state as it was. Deterministic; not thread-safe per state.
 */
public final class TransactionExecutor {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(TransactionExecutor.class);

  private final String chainId;
  private final RuleBook rules;

  public TransactionExecutor(String chainId, RuleBook rules) {
    this.chainId = chainId;
    this.rules = rules;
  }

  public String chainId() {
    return chainId;
  }

  /** The checks that need no state: format version, chain id and (costly) signature. */
  public Outcome checkStatic(Transaction tx, boolean checkSignature) {
    if (tx.version() != Transaction.VERSION) {
      return Refusal.of(
          Reason.UNSUPPORTED_VERSION, "format version " + tx.version() + " is not supported");
    }
    if (!chainId.equals(tx.chainId())) {
      return Refusal.of(
          Reason.WRONG_CHAIN,
          "chain id \"" + tx.chainId() + "\" is not this chain's \"" + chainId + "\"");
    }
    if (checkSignature && !tx.hasValidSignature()) {
      return Refusal.of(Reason.BAD_SIGNATURE, "the signature does not match the sender's key");
    }
    return Outcome.APPLIED;
  }

  /** The sender's registration, or a refusal naming the unknown key. */
  public static Optional<Participant> sender(StateReader state, Transaction tx) {
    return Registry.participant(state, tx.sender());
  }

  /** A refusal unless {@code nonce} is the one expected next. */
  public static Outcome checkNonce(long nonce, long expected) {
    if (nonce < expected) {
      return Refusal.of(
          Reason.NONCE_REPLAYED, "nonce " + nonce + " was already used; the next is " + expected);
    }
    if (nonce > expected) {
      return Refusal.of(
          Reason.NONCE_GAP, "nonce " + nonce + " skips ahead; the next is " + expected);
    }
    return Outcome.APPLIED;
  }

  /**
   * Executes {@code tx} into {@code blockState} at the given block height and time.
   *
   * @param checkSignature false only for transactions whose signature the pool already verified
   */
  public Outcome execute(
      Transaction tx,
      StateOverlay blockState,
      long height,
      long timeMillis,
      boolean checkSignature) {
    Outcome checked = checkStatic(tx, checkSignature);
    if (!checked.isApplied()) {
      return checked;
    }
    Optional<Participant> sender = sender(blockState, tx);
    if (sender.isEmpty()) {
      return unknownSender(tx);
    }
    AccountId senderAccount = AccountId.of(tx.sender());
    Account account = Accounts.get(blockState, senderAccount);
    Outcome nonce = checkNonce(tx.nonce(), account.nonce());
    if (!nonce.isApplied()) {
      return nonce;
    }
    StateOverlay txState = blockState.child();
    Outcome outcome;
    try {
      outcome =
          rules.apply(tx.payload(), new TxContext(tx, sender.get(), height, timeMillis, txState));
    } catch (ArithmeticException overflow) {
      outcome = Refusal.of(Reason.INVALID_PAYLOAD, "an amount overflows: " + overflow.getMessage());
    } catch (RuntimeException bug) {
      // a rule that breaks must not stop the chain: the transaction is refused, its writes
      // dropped, the same way on every node and every replay, and the fault is logged loudly
      LOG.error("the rule of {} failed on {}", tx.payload().type().jsonName(), tx.hash(), bug);
      outcome =
          Refusal.of(Reason.INVALID_STATE, "the ledger could not apply this transaction: " + bug);
    }
    if (outcome.isApplied()) {
      Accounts.incrementNonce(txState, senderAccount);
      txState.mergeIntoParent();
    }
    return outcome;
  }

  public static Refusal unknownSender(Transaction tx) {
    return Refusal.of(
        Reason.UNKNOWN_SENDER, "sender " + tx.sender() + " is not a registered participant");
  }
}
