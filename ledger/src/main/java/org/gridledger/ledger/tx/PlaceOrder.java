package org.gridledger.ledger.tx;

import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Money;
import org.gridledger.ledger.units.Price;

/**
 * A limit order for the delivery interval starting at {@code intervalStart} (epoch milliseconds),
 * delivered through the sender's meter {@code meterId}. Its id is the transaction's hash. A buy
 * holds {@code energy × (limit + the highest network fee)} in escrow.
 */
public record PlaceOrder(
    long intervalStart, OrderSide side, Energy energy, Price limit, String meterId)
    implements Payload {
  public PlaceOrder {
    Text.present(side, "side");
    Text.present(energy, "energy");
    Text.present(limit, "limit");
    Text.require(meterId, "meter_id", 64, false);
    if (energy.wh() <= 0) {
      throw new IllegalArgumentException("energy_wh must be positive, not " + energy.wh());
    }
    if (limit.microsPerKwh() < 0) {
      throw new IllegalArgumentException("price_per_kwh must not be negative");
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.PLACE_ORDER;
  }

  /**
   * What a buy escrows, rounded up: {@code energy × (limit + maxFee) / 1000}; a sell escrows
   * nothing.
   */
  public Money escrow(Price maxFee) {
    if (side == OrderSide.SELL) {
      return Money.ZERO;
    }
    long perKwh = Math.addExact(limit.microsPerKwh(), maxFee.microsPerKwh());
    return Money.micros(Math.ceilDiv(Math.multiplyExact(energy.wh(), perKwh), 1000));
  }

  /** An upper bound of the escrow for the pool's funds check, whatever fee the rules set. */
  @Override
  public Money maxDebit(PublicKey sender) {
    return side == OrderSide.BUY
        ? Money.micros(Math.ceilDiv(Math.multiplyExact(energy.wh(), limit.microsPerKwh()), 1000))
        : Money.ZERO;
  }
}
