package org.gridledger.metering.registry;

import java.util.Optional;
import java.util.function.Consumer;
import org.gridledger.ledger.state.Key;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.store.ChainStore;

/** Registered meters in the ledger state, namespace {@code meter}, by id. */
public final class MeterRegistry {
  public static final String NAMESPACE = "meter";

  private MeterRegistry() {}

  public static Optional<Meter> meter(StateReader state, String id) {
    byte[] bytes = state.get(Key.of(NAMESPACE, id));
    return bytes == null ? Optional.empty() : Optional.of(Meter.decode(bytes));
  }

  static void put(StateOverlay state, Meter meter) {
    state.put(Key.of(NAMESPACE, meter.id()), meter.encode());
  }

  /** Every registered meter, in id order (UTF-8 byte order). */
  public static void forEach(ChainStore store, Consumer<Meter> action) {
    store.forEachInNamespace(NAMESPACE, (key, value) -> action.accept(Meter.decode(value)));
  }
}
