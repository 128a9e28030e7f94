package org.gridledger.metering.anchor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.gridledger.ledger.chain.Anchors;
import org.gridledger.ledger.chain.MerkleTree;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.store.StoreWrite;
import org.gridledger.metering.ingest.IngestListener;
import org.gridledger.metering.ingest.VerifiedReading;
import org.gridledger.metering.reading.Reading;
import org.gridledger.metering.store.MeterHead;
import org.gridledger.metering.store.MeteringFamilies;
import org.gridledger.metering.store.ReadingKeys;
import org.gridledger.metering.store.StoredReading;

/**
 * Accepted readings waiting for a block, and what a block anchors: up to {@code maxPerBlock}
 * readings in acceptance order, their Merkle root for the header, and the writes that store them
 * (time series, sequence index, meter heads, the block's leaves), committed atomically with the
 * block. A reading is durable once its block is. Readings of an abandoned proposal go back to the
 * front of the queue. Thread-safe.
 */
public final class ReadingAnchors implements Anchors {
  private final int maxPerBlock;
  private final IngestListener listener;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition anchoredChanged = lock.newCondition();
  private final ArrayDeque<PendingReading> pending = new ArrayDeque<>();
  private List<PendingReading> inFlight = List.of();
  private long inFlightHeight = -1;
  private long oldestNanos;
  private volatile long anchoredTicket;
  private volatile long anchoredCount;

  public ReadingAnchors(int maxPerBlock, IngestListener listener) {
    if (maxPerBlock < 1) {
      throw new IllegalArgumentException("a block must anchor at least one reading");
    }
    this.maxPerBlock = maxPerBlock;
    this.listener = listener;
  }

  /** Queues accepted readings, in ticket order. */
  public void add(List<PendingReading> readings) {
    if (readings.isEmpty()) {
      return;
    }
    lock.lock();
    try {
      if (pending.isEmpty() && inFlight.isEmpty()) {
        oldestNanos = System.nanoTime();
      }
      pending.addAll(readings);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Batch prepare(long height) {
    lock.lock();
    try {
      requeueInFlight();
      if (pending.isEmpty()) {
        return Batch.EMPTY;
      }
      int n = Math.min(maxPerBlock, pending.size());
      List<PendingReading> taken = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        taken.add(pending.pollFirst());
      }
      inFlight = taken;
      inFlightHeight = height;
      return batch(height, taken);
    } finally {
      lock.unlock();
    }
  }

  private void requeueInFlight() {
    for (int i = inFlight.size() - 1; i >= 0; i--) {
      pending.addFirst(inFlight.get(i));
    }
    inFlight = List.of();
    inFlightHeight = -1;
  }

  static Batch batch(long height, List<PendingReading> readings) {
    List<Hash> leaves = new ArrayList<>(readings.size());
    List<StoreWrite> writes = new ArrayList<>(readings.size() * 2 + 16);
    Map<String, MeterHead> heads = new LinkedHashMap<>();
    byte[] leafBytes = new byte[readings.size() * Hash.SIZE];
    for (int i = 0; i < readings.size(); i++) {
      PendingReading p = readings.get(i);
      VerifiedReading v = p.reading();
      Reading r = v.signed().reading();
      leaves.add(v.leaf());
      v.leaf().writeTo(leafBytes, i * Hash.SIZE);
      writes.add(
          new StoreWrite(
              MeteringFamilies.READINGS,
              ReadingKeys.key(r.meterId(), r.timestampMillis()),
              StoredReading.encode(v.encoded(), height, i, p.previousTimestampMillis())));
      writes.add(
          new StoreWrite(
              MeteringFamilies.BY_SEQUENCE,
              ReadingKeys.key(r.meterId(), r.sequence()),
              ReadingKeys.height(r.timestampMillis())));
      heads.put(
          r.meterId(),
          new MeterHead(
              r.sequence(),
              r.timestampMillis(),
              r.importRegister().wh(),
              r.exportRegister().wh(),
              v.leaf()));
    }
    heads.forEach(
        (id, head) ->
            writes.add(
                new StoreWrite(
                    MeteringFamilies.HEADS, id.getBytes(StandardCharsets.UTF_8), head.encode())));
    writes.add(new StoreWrite(MeteringFamilies.ANCHORS, ReadingKeys.height(height), leafBytes));
    return new Batch(MerkleTree.root(leaves), writes);
  }

  @Override
  public void settled(long height, boolean committed) {
    int count;
    lock.lock();
    try {
      if (height != inFlightHeight) {
        return;
      }
      if (!committed) {
        requeueInFlight();
        return;
      }
      count = inFlight.size();
      anchoredTicket = inFlight.get(count - 1).ticket();
      anchoredCount += count;
      inFlight = List.of();
      inFlightHeight = -1;
      oldestNanos = System.nanoTime();
      anchoredChanged.signalAll();
    } finally {
      lock.unlock();
    }
    listener.anchored(count);
  }

  /** Readings accepted and not yet anchored. */
  public int pending() {
    lock.lock();
    try {
      return pending.size() + inFlight.size();
    } finally {
      lock.unlock();
    }
  }

  /** Whether readings have waited {@code maxDelay} or fill a block: time to cut one. */
  public boolean due(Duration maxDelay) {
    lock.lock();
    try {
      return pending.size() >= maxPerBlock
          || !pending.isEmpty() && System.nanoTime() - oldestNanos >= maxDelay.toNanos();
    } finally {
      lock.unlock();
    }
  }

  /** Readings anchored since this node started. */
  public long anchoredCount() {
    return anchoredCount;
  }

  /** Waits until the reading with {@code ticket} is anchored; false on timeout. */
  public boolean awaitAnchored(long ticket, Duration timeout) throws InterruptedException {
    long nanos = timeout.toNanos();
    lock.lock();
    try {
      while (anchoredTicket < ticket) {
        if (nanos <= 0) {
          return false;
        }
        nanos = anchoredChanged.awaitNanos(nanos);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  long anchoredTicket() {
    return anchoredTicket;
  }
}
