package org.gridledger.market.agents;

import java.time.Instant;
import java.util.Objects;
import org.gridledger.market.order.Order;
import org.gridledger.market.order.Side;

/**
 * What an agent wants to trade in an interval, before it becomes a signed order.
 *
 * @param energyWh positive, Wh
 * @param limitPricePerKwh micro-units per kWh
 */
public record OrderIntent(Side side, long energyWh, long limitPricePerKwh) {

  public OrderIntent {
    Objects.requireNonNull(side, "side");
    if (energyWh <= 0) {
      throw new IllegalArgumentException("intent energyWh must be positive, was " + energyWh);
    }
  }

  /** The order carrying this intent. */
  public Order toOrder(String id, String participant, String bus, Instant time) {
    return new Order(id, side, participant, bus, energyWh, limitPricePerKwh, time);
  }
}
