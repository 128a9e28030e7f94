package org.gridledger.node.wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.gridledger.consensus.types.LedgerPort;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.metering.anchor.ReadingAnchors;

/**
 * The ledger port of a node that anchors meter readings. Consensus cuts blocks only when
 * transactions wait; readings arrive without any, so while consensus waits this port cuts a block
 * of no transactions whenever readings have waited {@code delay} (or fill a block). It runs on the
 * block producer's own thread, so blocks are still built and committed one at a time.
 */
public final class AnchoringLedgerPort implements LedgerPort {
  private final LedgerPort delegate;
  private final ReadingAnchors anchors;
  private final Duration delay;
  private final Clock clock;

  public AnchoringLedgerPort(
      LedgerPort delegate, ReadingAnchors anchors, Duration delay, Clock clock) {
    this.delegate = delegate;
    this.anchors = anchors;
    this.delay = delay;
    this.clock = clock;
  }

  @Override
  public void awaitTransactions(int count, long timeoutNanos) throws InterruptedException {
    delegate.awaitTransactions(count, Math.min(timeoutNanos, delay.toNanos()));
    if (anchors.due(delay)) {
      delegate.commit(delegate.propose(List.of(), clock.millis()));
    }
  }

  @Override
  public List<Transaction> takeTransactions(int max) {
    return delegate.takeTransactions(max);
  }

  @Override
  public Proposal propose(List<Transaction> transactions, long timeMillis) {
    return delegate.propose(transactions, timeMillis);
  }

  @Override
  public void commit(Proposal proposal) {
    delegate.commit(proposal);
  }
}
