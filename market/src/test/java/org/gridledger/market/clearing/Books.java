package org.gridledger.market.clearing;

import java.time.Instant;
import org.gridledger.market.order.Order;

/** Terse order construction for tests: times are seconds after a fixed instant. */
final class Books {

  static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  private Books() {}

  static Order buy(String id, String bus, long wh, long price, int second) {
    return Order.buy(id, "P-" + id, bus, wh, price, T0.plusSeconds(second));
  }

  static Order sell(String id, String bus, long wh, long price, int second) {
    return Order.sell(id, "P-" + id, bus, wh, price, T0.plusSeconds(second));
  }
}
