package org.gridledger.market.ledger;

import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.units.Money;

/** A buy order's escrow: what it holds back for the energy still to be paid for. */
final class Escrows {
  private Escrows() {}

  /**
   * What a buy of {@code energyWh} at up to {@code limit} plus the highest fee needs, rounded up.
   */
  static long needed(long energyWh, long limitPerKwh, long maxFeePerKwh) {
    return Math.ceilDiv(
        Math.multiplyExact(energyWh, Math.addExact(limitPerKwh, maxFeePerKwh)), 1000);
  }

  /** Returns {@code micros} of the order's escrow to its owner. */
  static void release(StateOverlay state, OrderRecord order, long micros) {
    if (micros > 0) {
      boolean moved =
          Accounts.move(
              state,
              MarketState.escrow(order.id()),
              AccountId.of(order.owner()),
              Money.micros(micros));
      if (!moved) {
        throw new IllegalStateException(
            "escrow of order " + order.id() + " holds less than it should");
      }
    }
  }

  /** Keeps only what {@code firmWh} of the order still needs, releasing the rest. */
  static OrderRecord keepFor(
      StateOverlay state, OrderRecord order, long firmWh, long maxFeePerKwh) {
    long keep = Math.min(order.escrowMicros(), needed(firmWh, order.limitPerKwh(), maxFeePerKwh));
    release(state, order, order.escrowMicros() - keep);
    return order.with(keep, order.status());
  }
}
