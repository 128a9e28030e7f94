package org.gridledger.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.units.Money;
import org.gridledger.node.client.NodeClient;
import org.gridledger.node.client.NodeClientException;

/**
 * Drives a node with signed transfers: registers and funds its own senders with the DSO's key,
 * signs every transfer up front, then submits them in batches that wait for their commit, one
 * connection per group of senders (so each sender's nonces arrive in order). Writes the hash of
 * every transaction it saw committed to the output file as it goes, one per line.
 */
public final class LoadGenerator {
  private static final long FUNDS = 1_000_000_000_000L;

  private final NodeClient client;
  private final KeyPair dso;
  private final LoadPlan plan;
  private final Path out;
  private final AtomicLong submitted = new AtomicLong();
  private final AtomicLong committed = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final List<long[]> latencies = new ArrayList<>();

  public LoadGenerator(NodeClient client, KeyPair dso, LoadPlan plan, Path out) {
    this.client = client;
    this.dso = dso;
    this.plan = plan;
    this.out = out;
  }

  public LoadReport run() throws InterruptedException {
    String chainId = client.chainId();
    List<KeyPair> senders =
        IntStream.range(0, plan.senders()).parallel().mapToObj(i -> KeyPair.generate()).toList();
    setUp(chainId, senders);
    List<List<Transaction>> perConnection = sign(chainId, senders);
    long start = System.nanoTime();
    long end = start + plan.duration().toNanos();
    try (BufferedWriter writer = Files.newBufferedWriter(out);
        ExecutorService pool = Executors.newFixedThreadPool(plan.connections())) {
      List<Future<?>> running = new ArrayList<>();
      for (List<Transaction> txs : perConnection) {
        running.add(pool.submit(() -> send(txs, start, end, writer)));
      }
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (java.util.concurrent.ExecutionException e) {
          failed.incrementAndGet();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out, e);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new LoadReport(
        submitted.get(),
        committed.get(),
        refused.get(),
        failed.get(),
        seconds,
        committed.get() / seconds,
        percentile(0.50),
        percentile(0.99));
  }

  private void setUp(String chainId, List<KeyPair> senders) {
    long nonce = client.nextNonce(dso);
    List<Transaction> setup = new ArrayList<>();
    for (KeyPair s : senders) {
      setup.add(
          Transaction.sign(
              dso,
              chainId,
              nonce++,
              new RegisterParticipant(
                  s.publicKey(),
                  "load-" + s.publicKey().shortHex(),
                  java.util.Set.of(Role.CONSUMER))));
      setup.add(
          Transaction.sign(
              dso,
              chainId,
              nonce++,
              new Deposit(s.publicKey(), Money.micros(FUNDS), "load generator")));
    }
    for (int i = 0; i < setup.size(); i += 5000) {
      List<Transaction> part = setup.subList(i, Math.min(setup.size(), i + 5000));
      if (client.failsOver()) {
        if (deliver(part, System.nanoTime() + 120_000_000_000L).size() != part.size()) {
          throw new IllegalStateException("setting up the senders failed");
        }
        continue;
      }
      JsonNode answer = client.submitBatch(part, true);
      for (JsonNode r : answer.get("results")) {
        if (!"committed".equals(r.path("status").asText())) {
          throw new IllegalStateException("setting up the senders failed: " + r);
        }
      }
    }
  }

  /** Every connection's transfers, in order: round-robin over its own senders. */
  private List<List<Transaction>> sign(String chainId, List<KeyPair> senders) {
    int connections = plan.connections();
    long perConnection = plan.transactionBudget() / connections;
    return IntStream.range(0, connections)
        .parallel()
        .mapToObj(
            c -> {
              List<KeyPair> own = new ArrayList<>();
              for (int i = c; i < senders.size(); i += connections) {
                own.add(senders.get(i));
              }
              long[] nonces = new long[own.size()];
              List<Transaction> txs = new ArrayList<>((int) perConnection);
              for (long n = 0; n < perConnection; n++) {
                int s = (int) (n % own.size());
                PublicKey to =
                    senders.get((senders.indexOf(own.get(s)) + 1) % senders.size()).publicKey();
                txs.add(
                    Transaction.sign(
                        own.get(s), chainId, nonces[s]++, new Transfer(to, Money.micros(1), "")));
              }
              return txs;
            })
        .toList();
  }

  private void send(List<Transaction> txs, long start, long end, BufferedWriter writer) {
    double perConnectionRate = (double) plan.maxRate() / plan.connections();
    int sent = 0;
    while (sent < txs.size() && System.nanoTime() < end) {
      long due = start + (long) (sent / perConnectionRate * 1e9);
      long wait = due - System.nanoTime();
      if (wait > 0) {
        java.util.concurrent.locks.LockSupport.parkNanos(wait);
      }
      List<Transaction> batch = txs.subList(sent, Math.min(txs.size(), sent + plan.batchSize()));
      sent += batch.size();
      submitted.addAndGet(batch.size());
      long t0 = System.nanoTime();
      if (client.failsOver()) {
        List<String> delivered = deliver(batch, end + 60_000_000_000L);
        committed.addAndGet(delivered.size());
        record(System.nanoTime() - t0, delivered.size());
        write(writer, delivered);
        continue;
      }
      JsonNode answer;
      try {
        answer = client.submitBatch(batch, true);
      } catch (NodeClientException e) {
        failed.addAndGet(batch.size());
        return;
      }
      long took = System.nanoTime() - t0;
      List<String> hashes = new ArrayList<>(batch.size());
      for (JsonNode r : answer.get("results")) {
        switch (r.path("status").asText()) {
          case "committed" -> hashes.add(r.get("hash").asText());
          case "refused" -> refused.incrementAndGet();
          default -> failed.incrementAndGet();
        }
      }
      committed.addAndGet(hashes.size());
      record(took, hashes.size());
      write(writer, hashes);
    }
  }

  /**
   * Submits {@code batch} until each transaction is seen committed or refused for good, through a
   * client that fails over between nodes: after a lost answer the batch is sent again, and a
   * transaction refused as already pending or already used is looked up on the leader.
   *
   * @return the hashes of the transactions seen committed
   */
  private List<String> deliver(List<Transaction> batch, long giveUpNanos) {
    List<Transaction> open = new ArrayList<>(batch);
    List<String> done = new ArrayList<>(batch.size());
    while (!open.isEmpty() && System.nanoTime() < giveUpNanos) {
      JsonNode answer;
      try {
        answer = client.submitBatch(open, true);
      } catch (NodeClientException e) {
        if (e.status() >= 400 && e.status() < 500) {
          refused.addAndGet(open.size());
          return done;
        }
        continue;
      }
      List<Transaction> still = new ArrayList<>();
      java.util.Iterator<JsonNode> results = answer.get("results").iterator();
      for (Transaction tx : open) {
        JsonNode r = results.next();
        String status = r.path("status").asText();
        if (status.equals("committed")) {
          done.add(tx.hash().toHex());
        } else if (status.equals("refused") && !RETRY.contains(r.path("error").asText())) {
          refused.incrementAndGet();
        } else if (isCommitted(tx)) {
          done.add(tx.hash().toHex());
        } else {
          still.add(tx);
        }
      }
      open = still;
      if (!open.isEmpty()) {
        java.util.concurrent.locks.LockSupport.parkNanos(100_000_000L);
      }
    }
    failed.addAndGet(open.size());
    return done;
  }

  /** Refusals that may only mean the transaction is already in, or not yet admissible. */
  private static final java.util.Set<String> RETRY =
      java.util.Set.of("nonce_replayed", "duplicate", "nonce_gap", "pool_full", "no_leader");

  private boolean isCommitted(Transaction tx) {
    try {
      return "committed"
          .equals(
              client
                  .get("api/v1/transactions/" + tx.hash().toHex() + "?consistency=leader", null)
                  .path("status")
                  .asText());
    } catch (NodeClientException e) {
      return false;
    }
  }

  private synchronized void record(long nanos, int count) {
    latencies.add(new long[] {nanos, count});
  }

  private static void write(BufferedWriter writer, List<String> hashes) {
    synchronized (writer) {
      try {
        for (String h : hashes) {
          writer.write(h);
          writer.newLine();
        }
        writer.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The latency below which {@code q} of the committed transactions fell. */
  private synchronized double percentile(double q) {
    long[][] sorted = latencies.toArray(new long[0][]);
    Arrays.sort(sorted, (a, b) -> Long.compare(a[0], b[0]));
    long total = Arrays.stream(sorted).mapToLong(a -> a[1]).sum();
    long seen = 0;
    for (long[] l : sorted) {
      seen += l[1];
      if (seen >= q * total) {
        return l[0] / 1e6;
      }
    }
    return 0;
  }
}
