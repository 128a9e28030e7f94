package org.gridledger.node.wiring;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gridledger.consensus.types.ReplicaPort;
import org.gridledger.ledger.chain.Applied;
import org.gridledger.ledger.chain.Attestation;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.pool.Mempool;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.store.Head;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.node.NodeMetrics;

/**
 * One node's ledger as the cluster sees it: its chain, pool and key. Blocks committed here, whoever
 * proposed them, release the pool's waiters, so a submission held on this node learns its fate even
 * when another node put it in a block.
 */
public final class ChainReplicaPort implements ReplicaPort {
  private final Chain chain;
  private final Mempool pool;
  private final KeyPair authority;
  private final NodeMetrics metrics;
  private final Function<List<Transaction>, Boolean> forwarder;
  private volatile long started = System.nanoTime();

  /**
   * @param forwarder hands transactions to the current leader; false when there is none
   */
  public ChainReplicaPort(
      Chain chain,
      Mempool pool,
      KeyPair authority,
      NodeMetrics metrics,
      Function<List<Transaction>, Boolean> forwarder) {
    this.chain = chain;
    this.pool = pool;
    this.authority = authority;
    this.metrics = metrics;
    this.forwarder = forwarder;
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
    return propose(transactions, timeMillis, List.of());
  }

  @Override
  public Proposal propose(
      List<Transaction> transactions, long timeMillis, List<Attestation> attestations) {
    started = System.nanoTime();
    return chain.propose(transactions, timeMillis, authority, attestations, false);
  }

  @Override
  public void commit(Proposal proposal) {
    chain.commit(proposal);
    settled(proposal);
    proposal.rejected().forEach(r -> metrics.refused(r.refusal().reason(), "execution"));
  }

  @Override
  public Applied apply(Block block) {
    started = System.nanoTime();
    Applied applied = chain.apply(block);
    if (applied instanceof Applied.Committed committed) {
      settled(committed.proposal());
    }
    return applied;
  }

  private void settled(Proposal proposal) {
    pool.settled(proposal);
    metrics.blockCommitted(
        proposal.block().height(),
        proposal.block().transactions().size(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  @Override
  public Head head() {
    return chain.head();
  }

  @Override
  public Optional<Hash> blockHash(long height) {
    return chain.store().block(height).map(Block::hash);
  }

  @Override
  public PublicKey self() {
    return authority.publicKey();
  }

  @Override
  public List<PublicKey> authorities() {
    return chain.authorities();
  }

  @Override
  public Attestation attest(Hash block) {
    return Attestation.sign(authority, block);
  }

  @Override
  public void checkpoint(Path target) {
    chain.store().checkpoint(target);
  }

  @Override
  public long importBlocks(Path directory) {
    try (ChainStore copy = ChainStore.open(directory, false)) {
      Head theirs = copy.head().orElseThrow(() -> new IllegalStateException("an empty snapshot"));
      long mine = chain.head().height();
      if (theirs.height() > mine) {
        Hash shared = copy.block(mine).orElseThrow().hash();
        if (!shared.equals(chain.head().hash())) {
          throw new IllegalStateException("the snapshot holds another chain at height " + mine);
        }
      }
      for (long h = mine + 1; h <= theirs.height(); h++) {
        Block block = copy.block(h).orElseThrow();
        if (apply(block) instanceof Applied.Refused refused) {
          throw new IllegalStateException("the snapshot's " + refused.problem());
        }
      }
      return chain.head().height();
    }
  }

  @Override
  public boolean forward(List<Transaction> transactions) {
    return forwarder.apply(transactions);
  }
}
