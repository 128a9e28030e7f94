package org.gridledger.bench.metering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.tx.RegisterMeter;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.metering.Metering;
import org.gridledger.metering.MeteringConfig;
import org.gridledger.metering.ingest.IngestListener;
import org.gridledger.metering.ingest.RawReading;
import org.gridledger.metering.ingest.ReadingResult;
import org.gridledger.metering.registry.MeterRules;
import org.gridledger.metering.sim.SimulatedMeters;
import org.gridledger.metering.store.MeteringFamilies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Meter readings ingested, stored and anchored, per second: batches of 2,048 signed binary readings
 * from 20,000 registered meters verified in parallel (one verifier per core), checked against each
 * meter's history, then anchored by a block (Merkle root in the header, time series, sequence index
 * and meter heads written to RocksDB with it). Readings are signed before each iteration, outside
 * the measurement.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
public class IngestBenchmark {
  static final int METERS = 20_000;
  static final int BATCH = 2_048;
  static final int STEPS_PER_ITERATION = 8;
  static final String CHAIN = "bench";

  Path dir;
  ChainStore store;
  Chain chain;
  Metering metering;
  KeyPair dso;
  SimulatedMeters meters;
  List<byte[]> readings;
  int next;
  long time = System.currentTimeMillis() - 7 * 86_400_000L;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("gl-metering-bench");
    dso = KeyPair.fromSeed(new java.util.SplittableRandom(5));
    store = ChainStore.open(dir, false, MeteringFamilies.ALL);
    chain =
        Chain.found(
            store,
            Genesis.of(CHAIN, time, dso.publicKey()),
            new TransactionExecutor(CHAIN, MeterRules.install(RuleBook.core())));
    metering =
        new Metering(store, Clock.systemUTC(), MeteringConfig.defaults(), IngestListener.NONE);
    chain.anchor(metering.anchors());
    meters = new SimulatedMeters("bench", METERS, 11);
    KeyPair owner = KeyPair.fromSeed(new java.util.SplittableRandom(7));
    long nonce = 0;
    List<Transaction> txs = new ArrayList<>();
    txs.add(
        Transaction.sign(
            dso,
            CHAIN,
            nonce++,
            new RegisterParticipant(owner.publicKey(), "Owners", Set.of(Role.CONSUMER))));
    for (int i = 0; i < METERS; i++) {
      txs.add(
          Transaction.sign(
              dso,
              CHAIN,
              nonce++,
              new RegisterMeter(
                  meters.id(i),
                  meters.key(i).publicKey(),
                  owner.publicKey(),
                  "b",
                  MeterKind.HOUSEHOLD,
                  "f")));
      if (txs.size() == 5_000 || i == METERS - 1) {
        block(txs);
        txs = new ArrayList<>();
      }
    }
  }

  private void block(List<Transaction> txs) {
    time += 1_000;
    Proposal p = chain.propose(txs, time, dso, List.of(), true);
    if (!p.rejected().isEmpty()) {
      throw new IllegalStateException(p.rejected().get(0).refusal().message());
    }
    chain.commit(p);
  }

  @Setup(Level.Iteration)
  public void sign() {
    readings = meters.next(STEPS_PER_ITERATION, time - 86_400_000L, 1_000);
    next = 0;
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int ingestAndAnchor() {
    if (next + BATCH > readings.size()) {
      throw new IllegalStateException("signed too few readings for one iteration");
    }
    List<RawReading> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(RawReading.http(readings.get(next++)));
    }
    int accepted = 0;
    for (ReadingResult r : metering.ingestor().ingest(batch)) {
      accepted += r.isAccepted() ? 1 : 0;
    }
    if (accepted != BATCH) {
      throw new IllegalStateException((BATCH - accepted) + " readings refused");
    }
    block(List.of());
    return accepted;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    metering.close();
    store.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
