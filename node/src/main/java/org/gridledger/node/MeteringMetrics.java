package org.gridledger.node;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.gridledger.metering.ingest.IngestListener;
import org.gridledger.metering.ingest.RefusalReason;
import org.gridledger.metering.ingest.Source;

/**
 * The metering counters in the node's Prometheus registry: {@code
 * gridledger_readings_accepted_total{source}}, {@code gridledger_readings_refused_total{reason,
 * source}} (every reason registered from the start, at zero), {@code
 * gridledger_readings_anchored_total} and the gauge {@code gridledger_readings_pending}.
 * Thread-safe.
 */
public final class MeteringMetrics implements IngestListener {
  private final MeterRegistry registry;
  private final Map<Source, Counter> accepted = new EnumMap<>(Source.class);
  private final Map<Source, Map<RefusalReason, Counter>> refused = new EnumMap<>(Source.class);
  private final Counter anchored;
  private final AtomicLong acceptedTotal = new AtomicLong();
  private final AtomicLong anchoredTotal = new AtomicLong();

  public MeteringMetrics(MeterRegistry registry) {
    this.registry = registry;
    for (Source source : Source.values()) {
      accepted.put(
          source,
          Counter.builder("gridledger.readings.accepted")
              .description("meter readings accepted, by source")
              .tag("source", source.code())
              .register(registry));
      Map<RefusalReason, Counter> byReason = new EnumMap<>(RefusalReason.class);
      for (RefusalReason reason : RefusalReason.values()) {
        byReason.put(
            reason,
            Counter.builder("gridledger.readings.refused")
                .description("meter readings refused, by reason and source")
                .tag("reason", reason.code())
                .tag("source", source.code())
                .register(registry));
      }
      refused.put(source, byReason);
    }
    anchored =
        Counter.builder("gridledger.readings.anchored")
            .description("meter readings anchored in committed blocks")
            .register(registry);
  }

  /** Registers the gauge of readings waiting for a block. */
  public void pending(Supplier<Number> pending) {
    Gauge.builder("gridledger.readings.pending", pending)
        .description("accepted readings waiting for a block")
        .register(registry);
  }

  @Override
  public void accepted(Source source, int count) {
    accepted.get(source).increment(count);
    acceptedTotal.addAndGet(count);
  }

  @Override
  public void refused(Source source, RefusalReason reason) {
    refused.get(source).get(reason).increment();
  }

  @Override
  public void anchored(int count) {
    anchored.increment(count);
    anchoredTotal.addAndGet(count);
  }

  public long acceptedTotal() {
    return acceptedTotal.get();
  }

  public long anchoredTotal() {
    return anchoredTotal.get();
  }

  /** Refusals since start by reason code (both sources), every reason listed. */
  public Map<String, Long> refusedByReason() {
    Map<String, Long> out = new TreeMap<>();
    for (RefusalReason reason : RefusalReason.values()) {
      long n = 0;
      for (Source source : Source.values()) {
        n += (long) refused.get(source).get(reason).count();
      }
      out.put(reason.code(), n);
    }
    return out;
  }
}
