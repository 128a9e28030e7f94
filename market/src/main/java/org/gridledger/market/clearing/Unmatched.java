package org.gridledger.market.clearing;

import java.util.Objects;
import org.gridledger.market.order.Side;

/**
 * The part of an order that did not trade.
 *
 * @param energyWh unmatched energy in Wh: the order's energy minus its traded energy, positive
 */
public record Unmatched(String orderId, Side side, String participant, long energyWh) {

  public Unmatched {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(participant, "participant");
    if (energyWh <= 0) {
      throw new IllegalArgumentException("unmatched energyWh must be positive, was " + energyWh);
    }
  }
}
