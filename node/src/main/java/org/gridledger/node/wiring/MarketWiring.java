package org.gridledger.node.wiring;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.fee.NetworkTariff;
import org.gridledger.grid.io.NetworkLoader;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.LvFeederSpec;
import org.gridledger.grid.service.GridService;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.market.ledger.Topology;
import org.gridledger.node.NodeConfig;
import org.gridledger.node.operator.DsoSigner;
import org.gridledger.node.operator.MarketOperator;
import org.gridledger.node.operator.MeterEnergySource;
import org.gridledger.node.operator.TopologyExport;
import org.gridledger.node.operator.VerdictMaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DSO's market duties on the node that holds the DSO's key: its network model, the grid service
 * behind its verdicts, the topology it publishes once, and the operator ticking every second.
 */
public final class MarketWiring implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MarketWiring.class);

  private final MarketOperator operator;
  private final GridService grid;
  private final ScheduledExecutorService ticker;

  private MarketWiring(MarketOperator operator, GridService grid, ScheduledExecutorService ticker) {
    this.operator = operator;
    this.grid = grid;
    this.ticker = ticker;
  }

  /** Loads the network model and starts the operator if {@code authority} is the chain's DSO. */
  public static MarketWiring start(
      NodeConfig config,
      LedgerWiring.Ledger ledger,
      KeyPair authority,
      MeterEnergySource meters,
      Clock clock) {
    GridModel model = NetworkLoader.load(config.network(), LvFeederSpec.defaults());
    GridService grid = new GridService(model, Limits.en50160(), NetworkTariff.defaults());
    if (!ledger.chain().genesis().dso().key().equals(authority.publicKey())) {
      return new MarketWiring(null, grid, null);
    }
    DsoSigner signer = new DsoSigner(authority, ledger.chain().genesis().chainId(), ledger.pool());
    if (!Topology.isPublished(ledger.store())) {
      signer.submit(TopologyExport.of(model));
      LOG.info(
          "publishing the topology of network {} ({} buses)", model.name(), model.buses().size());
    }
    MarketOperator operator =
        new MarketOperator(ledger.store(), signer, new VerdictMaker(grid), meters);
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("market-operator").unstarted(r));
    ticker.scheduleWithFixedDelay(() -> tickSafely(operator, clock), 1, 1, TimeUnit.SECONDS);
    return new MarketWiring(operator, grid, ticker);
  }

  private static void tickSafely(MarketOperator operator, Clock clock) {
    try {
      operator.tick(clock.millis());
    } catch (RuntimeException e) {
      LOG.warn("market operator tick failed: {}", e.getMessage(), e);
    }
  }

  /** The operator, when this node is the DSO's; ticking it by hand serves simulations and tests. */
  public java.util.Optional<MarketOperator> operator() {
    return java.util.Optional.ofNullable(operator);
  }

  public GridService grid() {
    return grid;
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }
}
