package org.gridledger.metering.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.gridledger.ledger.store.ChainStore;

/**
 * Registered meters as the ingest path sees them: a cache over the committed state, since a meter,
 * once registered, never changes. A miss reads the store, so a meter registered a moment ago is
 * found at once. Thread-safe.
 */
public final class MeterDirectory {
  private final ChainStore store;
  private final ConcurrentHashMap<String, Meter> cache = new ConcurrentHashMap<>();

  public MeterDirectory(ChainStore store) {
    this.store = store;
  }

  public Optional<Meter> find(String id) {
    Meter meter = cache.get(id);
    if (meter != null) {
      return Optional.of(meter);
    }
    Optional<Meter> stored = MeterRegistry.meter(store, id);
    stored.ifPresent(m -> cache.put(id, m));
    return stored;
  }

  /** Every registered meter, in id order, read from the committed state. */
  public List<Meter> all() {
    List<Meter> meters = new ArrayList<>();
    MeterRegistry.forEach(store, meters::add);
    return meters;
  }

  /** The meters of {@code feeder}, in id order. */
  public List<Meter> ofFeeder(String feeder) {
    List<Meter> meters = new ArrayList<>();
    MeterRegistry.forEach(
        store,
        m -> {
          if (m.feeder().equals(feeder)) {
            meters.add(m);
          }
        });
    return meters;
  }
}
