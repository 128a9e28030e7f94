package org.gridledger.node.wiring;

import java.time.Duration;
import java.util.List;
import org.gridledger.consensus.types.LedgerPort;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.pool.Mempool;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.node.NodeMetrics;

/** The ledger as consensus sees it: the pool, and the chain signing with this node's key. */
public final class ChainLedgerPort implements LedgerPort {
  private final Chain chain;
  private final Mempool pool;
  private final KeyPair authority;
  private final NodeMetrics metrics;
  private long started;

  public ChainLedgerPort(Chain chain, Mempool pool, KeyPair authority, NodeMetrics metrics) {
    this.chain = chain;
    this.pool = pool;
    this.authority = authority;
    this.metrics = metrics;
  }

  @Override
  public void awaitTransactions(int count, long timeoutNanos) throws InterruptedException {
    pool.awaitAtLeast(count, timeoutNanos);
  }

  @Override
  public List<Transaction> takeTransactions(int max) {
    return pool.take(max);
  }

  @Override
  public Proposal propose(List<Transaction> transactions, long timeMillis) {
    started = System.nanoTime();
    return chain.propose(transactions, timeMillis, authority, List.of(), false);
  }

  @Override
  public void commit(Proposal proposal) {
    chain.commit(proposal);
    pool.settled(proposal);
    proposal.rejected().forEach(r -> metrics.refused(r.refusal().reason(), "execution"));
    metrics.blockCommitted(
        proposal.block().height(),
        proposal.block().transactions().size(),
        Duration.ofNanos(System.nanoTime() - started));
  }
}
