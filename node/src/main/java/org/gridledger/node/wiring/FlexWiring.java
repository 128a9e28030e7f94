package org.gridledger.node.wiring;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridledger.flex.baseline.BaselineCalculator;
import org.gridledger.flex.baseline.MeteredHistory;
import org.gridledger.flex.targeting.EventTargeting;
import org.gridledger.grid.service.GridService;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.metering.Metering;
import org.gridledger.node.operator.DsoSigner;
import org.gridledger.node.operator.FlexOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DSO's demand-response duties on the node that holds the DSO's key: the operator that settles
 * events on metered baselines, ticking every second, and the targeting that turns the grid
 * service's forecast violations into event proposals.
 */
public final class FlexWiring implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FlexWiring.class);

  private final FlexOperator operator;
  private final EventTargeting targeting;
  private final ScheduledExecutorService ticker;

  private FlexWiring(
      FlexOperator operator, EventTargeting targeting, ScheduledExecutorService ticker) {
    this.operator = operator;
    this.targeting = targeting;
    this.ticker = ticker;
  }

  public static FlexWiring start(
      LedgerWiring.Ledger ledger,
      KeyPair authority,
      Metering metering,
      GridService grid,
      Clock clock) {
    EventTargeting targeting = new EventTargeting(grid);
    if (!ledger.chain().genesis().dso().key().equals(authority.publicKey())) {
      return new FlexWiring(null, targeting, null);
    }
    DsoSigner signer = new DsoSigner(authority, ledger.chain().genesis().chainId(), ledger.pool());
    FlexOperator operator =
        new FlexOperator(
            ledger.store(),
            signer,
            new BaselineCalculator(new MeteredHistory(metering.energy())),
            metering.energy());
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("flex-operator").unstarted(r));
    ticker.scheduleWithFixedDelay(
        () -> {
          try {
            operator.tick(clock.millis());
          } catch (RuntimeException e) {
            LOG.warn("flex operator tick failed: {}", e.getMessage(), e);
          }
        },
        1,
        1,
        TimeUnit.SECONDS);
    return new FlexWiring(operator, targeting, ticker);
  }

  /** The operator, when this node is the DSO's; ticking it by hand serves simulations and tests. */
  public Optional<FlexOperator> operator() {
    return Optional.ofNullable(operator);
  }

  /** Event proposals from the grid service's forecast violations. */
  public EventTargeting targeting() {
    return targeting;
  }

  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
    }
  }
}
