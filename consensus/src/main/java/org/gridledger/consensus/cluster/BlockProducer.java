package org.gridledger.consensus.cluster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import org.gridledger.consensus.types.BlockPolicy;
import org.gridledger.consensus.types.ReplicaPort;
import org.gridledger.ledger.chain.Attestation;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.store.Head;
import org.gridledger.ledger.tx.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The leader's block production: while this node leads (and has applied every entry of earlier
 * terms), it cuts a block as {@link BlockPolicy} says, with the attestations of its head that it
 * has, proposes it through Raft and waits for it to be applied before the next. Transactions whose
 * block was lost (skipped as stale, or refused by Raft) are carried to the next block; while this
 * node does not lead, whatever reached its pool is forwarded to the leader. One thread.
 */
final class BlockProducer implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(BlockProducer.class);

  /** The Raft side the producer needs. */
  interface Raft {
    boolean leaderReady();

    /** The keys of the other voting members, whose attestations are awaited. */
    Set<PublicKey> otherVoters();

    /** Appends an entry as leader; completes when it is applied here, or fails. */
    CompletableFuture<String> propose(byte[] entry);

    /** Waits until the leadership may have changed, or the timeout passes. */
    void awaitLeadership(long timeoutNanos) throws InterruptedException;
  }

  private final ReplicaPort ledger;
  private final BlockStateMachine machine;
  private final AttestationBook attestations;
  private final Raft raft;
  private final BlockPolicy policy;
  private final ClusterTuning tuning;
  private final Clock clock;
  private final ConcurrentLinkedDeque<Transaction> carried = new ConcurrentLinkedDeque<>();
  private volatile boolean running = true;
  private volatile boolean failed;

  BlockProducer(
      ReplicaPort ledger,
      BlockStateMachine machine,
      AttestationBook attestations,
      Raft raft,
      BlockPolicy policy,
      ClusterTuning tuning,
      Clock clock) {
    this.ledger = ledger;
    this.machine = machine;
    this.attestations = attestations;
    this.raft = raft;
    this.policy = policy;
    this.tuning = tuning;
    this.clock = clock;
  }

  /** Transactions of a lost block, oldest first: they precede everything still in the pool. */
  void returned(List<Transaction> transactions) {
    for (int i = transactions.size() - 1; i >= 0; i--) {
      carried.addFirst(transactions.get(i));
    }
  }

  boolean isFailed() {
    return failed;
  }

  void stop() {
    running = false;
  }

  @Override
  public void run() {
    while (running) {
      try {
        if (!raft.leaderReady()) {
          forwardStranded();
          raft.awaitLeadership(TimeUnit.MILLISECONDS.toNanos(100));
          continue;
        }
        produceOne();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        failed = true;
        running = false;
        LOG.error("block production stopped: {}", e.getMessage(), e);
      }
    }
  }

  private void produceOne() throws InterruptedException {
    if (carried.isEmpty()) {
      ledger.awaitTransactions(1, TimeUnit.MILLISECONDS.toNanos(100));
      if (!running) {
        return;
      }
      ledger.awaitTransactions(policy.maxTransactions(), policy.interval().toNanos());
    }
    List<Transaction> batch = nextBatch();
    if (batch.isEmpty()) {
      return;
    }
    Head head = ledger.head();
    List<Attestation> attested =
        attestations.await(
            head.height(),
            head.hash(),
            raft.otherVoters(),
            ledger.self(),
            tuning.attestationWait().toNanos());
    Proposal proposal = ledger.propose(batch, clock.millis(), attested);
    machine.proposed(proposal);
    try {
      String outcome = raft.propose(new ClusterEntry.BlockEntry(proposal.block()).encode()).join();
      LOG.debug("block {}: {}", proposal.block().height(), outcome);
    } catch (RuntimeException e) {
      if (machine.abandoned(proposal)) {
        returned(batch);
      }
      LOG.info("block {} was not appended: {}", proposal.block().height(), e.getMessage());
    }
  }

  /** The carried transactions first, then the pool's, up to the block's count and bytes. */
  private List<Transaction> nextBatch() {
    List<Transaction> batch = new ArrayList<>();
    long bytes = 0;
    while (batch.size() < policy.maxTransactions()) {
      Transaction tx = carried.pollFirst();
      if (tx == null) {
        List<Transaction> taken = ledger.takeTransactions(policy.maxTransactions() - batch.size());
        if (taken.isEmpty()) {
          break;
        }
        returned(taken);
        continue;
      }
      if (bytes + tx.size() > tuning.maxBlockBytes() && !batch.isEmpty()) {
        carried.addFirst(tx);
        break;
      }
      bytes += tx.size();
      batch.add(tx);
    }
    return batch;
  }

  /** Hands what waits here to the leader; keeps it when there is none yet. */
  private void forwardStranded() {
    List<Transaction> stranded = new ArrayList<>(carried);
    List<Transaction> pooled = ledger.takeTransactions(Integer.MAX_VALUE);
    stranded.addAll(pooled);
    if (stranded.isEmpty()) {
      return;
    }
    carried.clear();
    if (!ledger.forward(stranded)) {
      returned(stranded);
    } else {
      LOG.info("forwarded {} waiting transactions to the leader", stranded.size());
    }
  }
}
