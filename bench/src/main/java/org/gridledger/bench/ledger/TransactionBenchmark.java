package org.gridledger.bench.ledger;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.units.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Encoding, decoding, signing and verifying one transfer: the per-transaction kernels. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TransactionBenchmark {
  KeyPair alice;
  Transfer payload;
  Transaction tx;
  byte[] encoded;

  @Setup
  public void setUp() {
    Random random = new Random(1);
    alice = KeyPair.fromSeed(random);
    payload = new Transfer(KeyPair.fromSeed(random).publicKey(), Money.micros(1_000), "");
    tx = Transaction.sign(alice, "bench", 7, payload);
    encoded = tx.encoded();
  }

  @Benchmark
  public Transaction decode() {
    return Transaction.decode(encoded);
  }

  @Benchmark
  public Transaction signAndEncode() {
    return Transaction.sign(alice, "bench", 7, payload);
  }

  /** A fresh decode each time, so the remembered result never answers. */
  @Benchmark
  public boolean decodeAndVerify() {
    return Transaction.decode(encoded).hasValidSignature();
  }
}
