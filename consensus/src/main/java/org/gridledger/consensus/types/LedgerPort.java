package org.gridledger.consensus.types;

import java.util.List;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.tx.Transaction;

/**
 * All that consensus knows of the ledger: where transactions wait, how a block is built on the
 * head, and how it is committed. Consensus decides only the order and the moment.
 */
public interface LedgerPort {
  /** Waits until {@code count} transactions wait or the timeout passes. */
  void awaitTransactions(int count, long timeoutNanos) throws InterruptedException;

  /** Takes up to {@code max} waiting transactions in arrival order. */
  List<Transaction> takeTransactions(int max);

  /**
   * Executes {@code transactions} into a signed block on the head, at block time {@code
   * timeMillis}.
   */
  Proposal propose(List<Transaction> transactions, long timeMillis);

  /** Makes the proposal durable and tells whoever waits on its transactions. */
  void commit(Proposal proposal);
}
