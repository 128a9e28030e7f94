package org.gridledger.node;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.gridledger.ledger.exec.Reason;

/**
 * The node's Prometheus metrics: committed transactions (a counter, and a gauge of the rate over
 * the last ten seconds), block commit time, block height, pool size, and refusals by reason and
 * stage.
 */
public final class NodeMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Counter committed;
  private final Timer blockTime;
  private final AtomicLong height = new AtomicLong();
  private final RateWindow rate = new RateWindow(Duration.ofSeconds(10));

  public NodeMetrics() {
    committed =
        Counter.builder("gridledger.transactions.committed")
            .description("transactions committed in blocks")
            .register(registry);
    blockTime =
        Timer.builder("gridledger.block.commit")
            .description("time to execute and persist one block")
            .register(registry);
    Gauge.builder("gridledger.block.height", height, AtomicLong::get)
        .description("height of the head")
        .register(registry);
    Gauge.builder("gridledger.transactions.committed.rate", rate, RateWindow::perSecond)
        .description("committed transactions per second over the last ten seconds")
        .baseUnit("transactions_per_second")
        .register(registry);
  }

  public void poolSize(Supplier<Number> size) {
    Gauge.builder("gridledger.pool.size", size)
        .description("transactions waiting for a block")
        .register(registry);
  }

  public void blockCommitted(long newHeight, int transactions, Duration took) {
    committed.increment(transactions);
    rate.add(transactions);
    blockTime.record(took);
    height.set(newHeight);
  }

  /** Counts a refusal at {@code stage} ("admission" or "execution"). */
  public void refused(Reason reason, String stage) {
    Counter.builder("gridledger.transactions.refused")
        .description("transactions refused, by reason")
        .tag("reason", reason.code())
        .tag("stage", stage)
        .register(registry)
        .increment();
  }

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public String scrape() {
    return registry.scrape();
  }
}
