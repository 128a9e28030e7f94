package org.gridledger.bench.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.units.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Executing and persisting blocks of 5,000 signed transfers among 1,000 accounts on RocksDB,
 * signatures already verified by the pool (as the block producer runs). Reported per transaction.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BlockExecutionBenchmark {
  static final int BLOCK = 5_000;
  static final int ACCOUNTS = 1_000;

  Path dir;
  ChainStore store;
  Chain chain;
  KeyPair dso;
  List<KeyPair> accounts = new ArrayList<>();
  long[] nonces = new long[ACCOUNTS];
  long time = 1_767_225_600_000L;
  List<Transaction> next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("gl-bench");
    Random random = new Random(3);
    dso = KeyPair.fromSeed(random);
    store = ChainStore.open(dir, false);
    chain =
        Chain.found(
            store,
            Genesis.of("bench", time, dso.publicKey()),
            new TransactionExecutor("bench", RuleBook.core()));
    List<Transaction> setup = new ArrayList<>();
    long nonce = 0;
    for (int i = 0; i < ACCOUNTS; i++) {
      KeyPair k = KeyPair.fromSeed(random);
      accounts.add(k);
      setup.add(
          Transaction.sign(
              dso,
              "bench",
              nonce++,
              new RegisterParticipant(k.publicKey(), "a" + i, Set.of(Role.CONSUMER))));
      setup.add(
          Transaction.sign(
              dso,
              "bench",
              nonce++,
              new Deposit(k.publicKey(), Money.micros(1_000_000_000_000L), "x")));
    }
    commit(setup);
  }

  @Setup(Level.Invocation)
  public void sign() {
    next = new ArrayList<>(BLOCK);
    for (int i = 0; i < BLOCK; i++) {
      int from = i % ACCOUNTS;
      next.add(
          Transaction.sign(
              accounts.get(from),
              "bench",
              nonces[from]++,
              new Transfer(accounts.get((from + 1) % ACCOUNTS).publicKey(), Money.micros(1), "")));
    }
  }

  private Proposal commit(List<Transaction> txs) {
    time += 100;
    Proposal p = chain.propose(txs, time, dso, List.of(), false);
    chain.commit(p);
    return p;
  }

  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public Proposal executeAndPersistBlock() {
    return commit(next);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    store.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
