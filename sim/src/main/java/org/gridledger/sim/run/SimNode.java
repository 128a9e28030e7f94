package org.gridledger.sim.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.gridledger.consensus.types.BlockPolicy;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.pool.Admission;
import org.gridledger.ledger.pool.TxStatus;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.market.ledger.IntervalRecord;
import org.gridledger.market.ledger.MarketState;
import org.gridledger.market.ledger.Topology;
import org.gridledger.metering.ingest.RawReading;
import org.gridledger.metering.ingest.ReadingResult;
import org.gridledger.metering.mqtt.MqttSettings;
import org.gridledger.node.Node;
import org.gridledger.node.NodeConfig;
import org.gridledger.node.operator.MarketOperator;
import org.gridledger.node.wiring.LedgerWiring;

/**
 * A real node in process on the simulated clock, and how the community reaches it: transactions
 * signed by their senders' own keys and admitted to the node's pool (then executed by the chain
 * exactly as in production), meter readings through the metering module's real ingestor, the DSO's
 * market duties by ticking its operator at the simulated time.
 */
public final class SimNode implements AutoCloseable {
  private static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(60);
  private final Node node;
  private final SimClock clock;
  private final KeyPair dso;
  private final String chainId;
  private final Map<PublicKey, Long> nonces = new HashMap<>();
  private final List<CompletableFuture<TxStatus>> inFlight = new ArrayList<>();
  private long transactions;

  private SimNode(Node node, SimClock clock, KeyPair dso) {
    this.node = node;
    this.clock = clock;
    this.dso = dso;
    this.chainId = node.chain().genesis().chainId();
  }

  /**
   * Initialises {@code directory} (a fresh chain whose DSO key comes from {@code seed}) and starts
   * a node on it; {@code port} 0 for a free port.
   */
  public static SimNode start(Path directory, String network, int port, long seed, SimClock clock) {
    NodeConfig config =
        new NodeConfig(
            directory,
            directory.resolve("dso.key"),
            "127.0.0.1",
            port,
            new BlockPolicy(Duration.ofMillis(2), 50_000),
            2_000_000,
            false,
            network);
    try {
      Files.createDirectories(directory);
      if (!Files.exists(config.authorityKey())) {
        KeyFile.write(config.authorityKey(), KeyPair.fromSeed(new SplittableRandom(seed ^ 0x5D5)));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    LedgerWiring.initialize(config, Optional.empty(), clock);
    Node node = Node.start(config, MqttSettings.disabled(), clock);
    SimNode sim = new SimNode(node, clock, KeyFile.read(config.authorityKey()));
    sim.awaitCondition(() -> Topology.isPublished(sim.store()), "the topology to be published");
    sim.nonces.put(sim.dso.publicKey(), node.pool().nextNonce(sim.dso.publicKey()));
    return sim;
  }

  public Node node() {
    return node;
  }

  public SimClock clock() {
    return clock;
  }

  public KeyPair dso() {
    return dso;
  }

  public ChainStore store() {
    return node.chain().store();
  }

  public MarketOperator operator() {
    return node.market().operator().orElseThrow();
  }

  /** Transactions this simulation submitted (the DSO's operator's own come on top). */
  public long submitted() {
    return transactions;
  }

  /** Signs {@code payload} with {@code sender}'s key at its next nonce and admits it. */
  public void submit(KeyPair sender, Payload payload) {
    long nonce = nonces.computeIfAbsent(sender.publicKey(), k -> 0L);
    Transaction tx = Transaction.sign(sender, chainId, nonce, payload);
    Admission admission = node.pool().admit(tx);
    if (admission.outcome() instanceof Refusal r) {
      throw new SimulationException("the node refused " + payload.type() + ": " + r.message());
    }
    nonces.put(sender.publicKey(), nonce + 1);
    inFlight.add(admission.settled());
    transactions++;
  }

  /** Waits until every transaction submitted so far is committed; a rejection is a failure. */
  public void awaitCommitted() {
    for (CompletableFuture<TxStatus> f : inFlight) {
      TxStatus status;
      try {
        status = f.get(60, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new SimulationException("a transaction did not commit: " + e);
      }
      if (status instanceof TxStatus.Rejected rejected) {
        throw new SimulationException("rejected: " + rejected.refusal().message());
      }
    }
    inFlight.clear();
  }

  /**
   * Ingests signed readings through the metering module's ingestor; returns the ticket to {@link
   * #awaitAnchored} (0 for none). Blocks cut for transactions anchor them too.
   */
  public long ingestAsync(List<byte[]> readings) {
    if (readings.isEmpty()) {
      return 0;
    }
    List<RawReading> raw = new ArrayList<>(readings.size());
    readings.forEach(r -> raw.add(RawReading.http(r)));
    long last = 0;
    for (ReadingResult result : metering().ingestor().ingest(raw)) {
      if (!(result instanceof ReadingResult.Accepted accepted)) {
        throw new SimulationException("a reading was refused: " + result);
      }
      last = Math.max(last, accepted.ticket());
    }
    return last;
  }

  /** Waits until the reading with {@code ticket} (and all before it) is anchored in a block. */
  public void awaitAnchored(long ticket) {
    if (ticket == 0) {
      return;
    }
    try {
      if (!metering().anchors().awaitAnchored(ticket, Duration.ofSeconds(60))) {
        throw new SimulationException("readings were not anchored within 60 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SimulationException("interrupted");
    }
  }

  private org.gridledger.metering.Metering metering() {
    return node.metering().orElseThrow().metering();
  }

  /** Moves the clock, ticks the DSO's operator and waits until the interval reaches a stage. */
  public IntervalRecord tickUntil(long now, long intervalStart, IntervalRecord.Stage stage) {
    clock.set(now);
    operator().tick(now);
    IntervalRecord[] seen = new IntervalRecord[1];
    awaitCondition(
        () -> {
          seen[0] = MarketState.interval(store(), intervalStart);
          return seen[0].stage().compareTo(stage) >= 0;
        },
        "interval " + java.time.Instant.ofEpochMilli(intervalStart) + " to reach " + stage);
    return seen[0];
  }

  private void awaitCondition(java.util.function.BooleanSupplier done, String what) {
    long deadline = System.nanoTime() + STALL_NANOS;
    long pause = 20_000;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new SimulationException("stalled waiting for " + what);
      }
      LockSupport.parkNanos(pause);
      pause = Math.min(pause * 2, 2_000_000);
    }
  }

  @Override
  public void close() {
    node.close();
  }
}
