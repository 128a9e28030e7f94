package org.gridledger.consensus.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.gridledger.ledger.chain.Attestation;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;

/**
 * The attestations of recent blocks that this node applied from the log, for the leader to put in
 * its next block. Held in memory only: after a restart the next block carries fewer. Thread-safe.
 */
final class AttestationBook {
  private static final int KEEP = 64;

  private record Attested(Hash block, Map<PublicKey, Attestation> by) {}

  private final TreeMap<Long, Attested> byHeight = new TreeMap<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition added = lock.newCondition();

  /** Records an attestation already checked against the block at {@code height}. */
  void add(long height, Hash block, Attestation attestation) {
    lock.lock();
    try {
      Attested entry = byHeight.get(height);
      if (entry == null || !entry.block().equals(block)) {
        entry = new Attested(block, new TreeMap<>());
        byHeight.put(height, entry);
      }
      entry.by().putIfAbsent(attestation.authority(), attestation);
      while (byHeight.size() > KEEP) {
        byHeight.pollFirstEntry();
      }
      added.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /**
   * The attestations of the block at {@code height} by the authorities other than {@code proposer},
   * waiting up to {@code waitNanos} for those of {@code expected} to arrive. In key order.
   */
  List<Attestation> await(
      long height,
      Hash block,
      java.util.Set<PublicKey> expected,
      PublicKey proposer,
      long waitNanos)
      throws InterruptedException {
    long deadline = System.nanoTime() + waitNanos;
    lock.lock();
    try {
      while (true) {
        List<Attestation> found = current(height, block, proposer);
        long left = deadline - System.nanoTime();
        if (left <= 0
            || found.stream().map(Attestation::authority).toList().containsAll(expected)) {
          return found;
        }
        added.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
      }
    } finally {
      lock.unlock();
    }
  }

  private List<Attestation> current(long height, Hash block, PublicKey proposer) {
    Attested entry = byHeight.get(height);
    List<Attestation> out = new ArrayList<>();
    if (entry != null && entry.block().equals(block)) {
      entry.by().values().stream().filter(a -> !a.authority().equals(proposer)).forEach(out::add);
    }
    return out;
  }
}
