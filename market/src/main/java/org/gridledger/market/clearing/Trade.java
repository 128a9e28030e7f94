package org.gridledger.market.clearing;

import java.util.Objects;

/**
 * A matched buyer–seller pair: {@code energyWh} delivered from the seller to the buyer at {@code
 * pricePerKwh} (micro-units per kWh).
 */
public record Trade(
    String buyOrderId,
    String sellOrderId,
    String buyer,
    String seller,
    String buyerBus,
    String sellerBus,
    long energyWh,
    long pricePerKwh) {

  public Trade {
    Objects.requireNonNull(buyOrderId, "buyOrderId");
    Objects.requireNonNull(sellOrderId, "sellOrderId");
    Objects.requireNonNull(buyer, "buyer");
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(buyerBus, "buyerBus");
    Objects.requireNonNull(sellerBus, "sellerBus");
    if (energyWh <= 0) {
      throw new IllegalArgumentException("trade energyWh must be positive, was " + energyWh);
    }
    if (buyer.equals(seller)) {
      throw new IllegalArgumentException(
          "a trade cannot pair participant " + buyer + " with itself");
    }
  }

  /** What the buyer pays the seller, rounded down, with the residue; see {@link TradeValue}. */
  public TradeValue value() {
    return TradeValue.of(energyWh, pricePerKwh);
  }
}
