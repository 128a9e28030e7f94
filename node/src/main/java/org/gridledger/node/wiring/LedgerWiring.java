package org.gridledger.node.wiring;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.gridledger.flex.ledger.FlexLedger;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.pool.Mempool;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.market.ledger.MarketLedger;
import org.gridledger.metering.registry.MeterRegistry;
import org.gridledger.metering.registry.MeterRules;
import org.gridledger.metering.store.MeteringFamilies;
import org.gridledger.mobility.ledger.MobilityLedger;
import org.gridledger.node.GenesisFile;
import org.gridledger.node.NodeConfig;

/** Opens the ledger of a node: store, rules, chain and pool. */
public final class LedgerWiring {
  private LedgerWiring() {}

  /** The rules every node runs; domain modules add theirs here as they land. */
  public static RuleBook rules() {
    return MobilityLedger.install(
        FlexLedger.install(
            MarketLedger.install(
                MeterRules.install(RuleBook.core()), LedgerWiring::isConnectionPoint)));
  }

  /** A household (connection-point) meter: what trades and what settlement bills. */
  private static boolean isConnectionPoint(StateReader state, String meterId) {
    return MeterRegistry.meter(state, meterId)
        .filter(m -> m.kind() == MeterKind.HOUSEHOLD)
        .isPresent();
  }

  /**
   * Initialises a data directory if it holds no chain: from {@code genesisFile} when given, else a
   * new DSO key in {@code dso.key} and a genesis naming it (written to {@code genesis.json}).
   *
   * @return true if it initialised, false if a chain was already there
   */
  public static boolean initialize(NodeConfig config, Optional<Path> genesisFile, Clock clock) {
    Path store = config.storeDirectory();
    if (Files.isDirectory(store)) {
      try (ChainStore existing = ChainStore.open(store, config.fsync())) {
        if (existing.head().isPresent()) {
          return false;
        }
      }
    }
    Genesis genesis;
    if (genesisFile.isPresent()) {
      genesis = GenesisFile.read(genesisFile.get());
    } else {
      KeyPair dso =
          Files.exists(config.authorityKey())
              ? KeyFile.read(config.authorityKey())
              : newKey(config.authorityKey());
      genesis = Genesis.of("gridledger-local", clock.millis(), dso.publicKey());
    }
    GenesisFile.write(config.dataDirectory().resolve("genesis.json"), genesis);
    try (ChainStore fresh = ChainStore.open(store, config.fsync())) {
      Chain.found(fresh, genesis, new TransactionExecutor(genesis.chainId(), rules()));
    }
    return true;
  }

  private static KeyPair newKey(Path file) {
    KeyPair keys = KeyPair.generate();
    KeyFile.write(file, keys);
    return keys;
  }

  /** The opened ledger of a node. Closing it closes the store. */
  public record Ledger(ChainStore store, Chain chain, Mempool pool) implements AutoCloseable {
    @Override
    public void close() {
      store.close();
    }
  }

  public static Ledger open(NodeConfig config) {
    ChainStore store =
        ChainStore.open(config.storeDirectory(), config.fsync(), MeteringFamilies.ALL);
    try {
      String chainId =
          Genesis.decode(
                  store
                      .genesisDocument()
                      .orElseThrow(
                          () ->
                              new IllegalStateException(
                                  "no chain in " + config.storeDirectory() + ": run node --init")))
              .chainId();
      TransactionExecutor executor = new TransactionExecutor(chainId, rules());
      Chain chain = Chain.open(store, executor);
      StartupCheck.run(chain);
      return new Ledger(store, chain, new Mempool(executor, store, config.poolCapacity()));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }
}
