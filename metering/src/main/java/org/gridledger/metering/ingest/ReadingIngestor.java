package org.gridledger.metering.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.gridledger.metering.anchor.PendingReading;
import org.gridledger.metering.anchor.ReadingAnchors;
import org.gridledger.metering.registry.MeterDirectory;
import org.gridledger.metering.store.ReadingStore;
import org.gridledger.metering.store.RefusedLog;

/**
 * Takes readings in from every source: verifies a batch in parallel on a pool of workers (the
 * costly signatures), then checks each reading against its meter's history in the batch's order and
 * queues the accepted ones for anchoring. Every refusal is recorded in the refused log and told to
 * the listener; nothing is dropped silently. Thread-safe: batches of concurrent callers are checked
 * against history one at a time.
 */
public final class ReadingIngestor implements AutoCloseable {
  private static final int MIN_CHUNK = 32;

  private final ReadingVerifier verifier;
  private final HistoryCheck history;
  private final ReadingAnchors anchors;
  private final RefusedLog refused;
  private final IngestListener listener;
  private final Clock clock;
  private final ExecutorService workers;
  private final int parallelism;
  private final ReentrantLock lock = new ReentrantLock();
  private long nextTicket = 1;

  public ReadingIngestor(
      MeterDirectory meters,
      ReadingStore store,
      ReadingAnchors anchors,
      RefusedLog refused,
      IngestListener listener,
      Clock clock,
      ValidationPolicy policy,
      int parallelism) {
    this.verifier = new ReadingVerifier(meters, clock, policy);
    this.history = new HistoryCheck(store);
    this.anchors = anchors;
    this.refused = refused;
    this.listener = listener;
    this.clock = clock;
    this.parallelism = Math.max(1, parallelism);
    this.workers =
        Executors.newFixedThreadPool(
            this.parallelism, Thread.ofPlatform().daemon().name("reading-verifier-", 0).factory());
  }

  /** Ingests one reading; see {@link #ingest(List)}. */
  public ReadingResult ingest(RawReading reading) {
    return ingest(List.of(reading)).get(0);
  }

  /**
   * Ingests a batch: one result per reading, in order. Readings of one meter must come in sequence
   * order within and across the batches of one sender.
   */
  public List<ReadingResult> ingest(List<RawReading> batch) {
    Object[] verified = verifyAll(batch);
    List<ReadingResult> results = new ArrayList<>(batch.size());
    List<PendingReading> accepted = new ArrayList<>(batch.size());
    long[] previous = new long[1];
    lock.lock();
    try {
      for (Object o : verified) {
        if (o instanceof VerifiedReading v) {
          ReadingRefusal refusal = history.accept(v, previous);
          if (refusal == null) {
            long ticket = nextTicket++;
            accepted.add(new PendingReading(v, previous[0], ticket));
            results.add(
                new ReadingResult.Accepted(v.meterId(), v.signed().reading().sequence(), ticket));
          } else {
            results.add(refusal);
          }
        } else {
          results.add((ReadingRefusal) o);
        }
      }
      anchors.add(accepted);
    } finally {
      lock.unlock();
    }
    report(batch, results, accepted.size());
    return results;
  }

  /** Records and counts readings refused before they were looked at (a full queue). */
  public void refuseUnread(List<RawReading> batch, RefusalReason reason, String message) {
    List<ReadingResult> results = new ArrayList<>(batch.size());
    for (RawReading raw : batch) {
      results.add(ReadingRefusal.of(reason, raw.topicMeterId(), message));
    }
    report(batch, results, 0);
  }

  private void report(List<RawReading> batch, List<ReadingResult> results, int acceptedCount) {
    if (acceptedCount > 0) {
      listener.accepted(batch.get(0).source(), acceptedCount);
    }
    if (acceptedCount == results.size()) {
      return;
    }
    List<ReadingRefusal> refusals = new ArrayList<>();
    List<byte[]> raws = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i) instanceof ReadingRefusal r) {
        refusals.add(r);
        raws.add(batch.get(i).bytes());
        listener.refused(batch.get(i).source(), r.reason());
      }
    }
    refused.record(refusals, raws, batch.get(0).source(), clock.millis());
  }

  private Object[] verifyAll(List<RawReading> batch) {
    Object[] out = new Object[batch.size()];
    int chunks = Math.min(parallelism, Math.max(1, batch.size() / MIN_CHUNK));
    if (chunks <= 1) {
      verifyRange(batch, out, 0, batch.size());
      return out;
    }
    int size = (batch.size() + chunks - 1) / chunks;
    List<Future<?>> futures = new ArrayList<>(chunks - 1);
    for (int c = 1; c < chunks; c++) {
      int from = c * size;
      int to = Math.min(batch.size(), from + size);
      futures.add(workers.submit(() -> verifyRange(batch, out, from, to)));
    }
    verifyRange(batch, out, 0, Math.min(size, batch.size()));
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while verifying readings", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("verifying readings failed", e.getCause());
      }
    }
    return out;
  }

  private void verifyRange(List<RawReading> batch, Object[] out, int from, int to) {
    for (int i = from; i < to; i++) {
      out[i] = verifier.verify(batch.get(i));
    }
  }

  @Override
  public void close() {
    workers.shutdown();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
