package org.gridledger.metering;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.RegisterMeter;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.metering.ingest.IngestListener;
import org.gridledger.metering.registry.MeterRules;
import org.gridledger.metering.store.MeteringFamilies;

/**
 * A real chain in RocksDB in a temporary directory, the metering rules installed, metering anchored
 * to it, and helpers to register meters and cut blocks.
 */
final class MeteringFixture implements AutoCloseable {
  static final String CHAIN = "metering-test";

  final ChainStore store;
  final Chain chain;
  final KeyPair dso = KeyPair.generate();
  final KeyPair owner = KeyPair.generate();
  final Metering metering;
  private long nonce;
  private long time;

  MeteringFixture(Path dir, Clock clock, MeteringConfig config, IngestListener listener) {
    store = ChainStore.open(dir, false, MeteringFamilies.ALL);
    TransactionExecutor executor =
        new TransactionExecutor(CHAIN, MeterRules.install(RuleBook.core()));
    time = clock.millis();
    chain = Chain.found(store, Genesis.of(CHAIN, time, dso.publicKey()), executor);
    metering = new Metering(store, clock, config, listener);
    chain.anchor(metering.anchors());
    block(List.of(new RegisterParticipant(owner.publicKey(), "Owner", Set.of(Role.PROSUMER))));
  }

  MeteringFixture(Path dir, Clock clock) {
    this(dir, clock, MeteringConfig.defaults(), IngestListener.NONE);
  }

  /** Registers a meter owned by {@link #owner}; returns its key. */
  KeyPair meter(String id, MeterKind kind, String feeder) {
    KeyPair key = KeyPair.generate();
    block(
        List.of(new RegisterMeter(id, key.publicKey(), owner.publicKey(), "bus-1", kind, feeder)));
    return key;
  }

  /** Cuts a block with these DSO payloads and whatever readings wait. */
  Proposal block(List<Payload> payloads) {
    List<Transaction> txs = new ArrayList<>();
    for (Payload p : payloads) {
      txs.add(Transaction.sign(dso, CHAIN, nonce++, p));
    }
    time += 1000;
    Proposal proposal = chain.propose(txs, time, dso, List.of(), true);
    if (!proposal.rejected().isEmpty()) {
      throw new IllegalStateException(proposal.rejected().get(0).refusal().message());
    }
    chain.commit(proposal);
    return proposal;
  }

  Proposal block() {
    return block(List.of());
  }

  @Override
  public void close() {
    metering.close();
    store.close();
  }
}
