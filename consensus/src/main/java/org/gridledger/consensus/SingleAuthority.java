package org.gridledger.consensus;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridledger.consensus.types.BlockPolicy;
import org.gridledger.consensus.types.LedgerPort;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.tx.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One authority, the DSO, cuts a block whenever transactions wait: as soon as a full block waits or
 * one interval after the first arrived. One thread builds and commits blocks in turn, so the order
 * of commits is the order of blocks.
 */
public final class SingleAuthority implements Consensus {
  private static final Logger LOG = LoggerFactory.getLogger(SingleAuthority.class);

  private final LedgerPort ledger;
  private final BlockPolicy policy;
  private final Clock clock;
  private final Thread producer;
  private volatile boolean running;
  private volatile boolean healthy;

  public SingleAuthority(LedgerPort ledger, BlockPolicy policy, Clock clock) {
    this.ledger = ledger;
    this.policy = policy;
    this.clock = clock;
    this.producer = Thread.ofPlatform().name("block-producer").unstarted(this::produce);
  }

  @Override
  public void start() {
    running = true;
    healthy = true;
    producer.start();
  }

  private void produce() {
    long intervalNanos = policy.interval().toNanos();
    while (running) {
      try {
        ledger.awaitTransactions(1, TimeUnit.MILLISECONDS.toNanos(100));
        if (!running) {
          break;
        }
        ledger.awaitTransactions(policy.maxTransactions(), intervalNanos);
        List<Transaction> batch = ledger.takeTransactions(policy.maxTransactions());
        if (batch.isEmpty()) {
          continue;
        }
        Proposal proposal = ledger.propose(batch, clock.millis());
        ledger.commit(proposal);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException e) {
        healthy = false;
        running = false;
        LOG.error("block production stopped: {}", e.getMessage(), e);
      }
    }
  }

  @Override
  public boolean isHealthy() {
    return healthy && running;
  }

  @Override
  public void close() {
    running = false;
    try {
      producer.join(TimeUnit.SECONDS.toMillis(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
