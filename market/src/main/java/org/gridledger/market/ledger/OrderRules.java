package org.gridledger.market.ledger;

import java.util.Optional;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Device;
import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.tx.CancelOrder;
import org.gridledger.ledger.tx.MarketParams;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.tx.PlaceOrder;
import org.gridledger.ledger.units.Money;

/** Placing and cancelling orders: window, bounds, meter, self-trade and escrow. */
final class OrderRules {
  private OrderRules() {}

  static Outcome place(PlaceOrder o, TxContext ctx, SettlementPoints points) {
    MarketParams p = MarketState.params(ctx.state());
    long start = o.intervalStart();
    Outcome window = window(p, start, ctx.timeMillis());
    if (!window.isApplied()) {
      return window;
    }
    if (o.energy().wh() > p.maxOrderWh()) {
      return Refuse.because(
          Reason.OUT_OF_BOUNDS,
          "energy_wh " + o.energy().wh() + " exceeds the market's limit of " + p.maxOrderWh());
    }
    long price = o.limit().microsPerKwh();
    if (price < p.minPrice().microsPerKwh() || price > p.maxPrice().microsPerKwh()) {
      return Refuse.because(
          Reason.OUT_OF_BOUNDS,
          "price_per_kwh "
              + price
              + " is outside ["
              + p.minPrice().microsPerKwh()
              + ", "
              + p.maxPrice().microsPerKwh()
              + "]");
    }
    Optional<Device> meter = Registry.device(ctx.state(), o.meterId());
    if (meter.isEmpty()
        || !meter.get().owner().equals(ctx.tx().sender())
        || !points.isConnectionPoint(ctx.state(), o.meterId())) {
      return Refuse.because(
          o.side() == OrderSide.SELL ? Reason.NO_EXPORT_METER : Reason.UNKNOWN_DEVICE,
          "meter "
              + o.meterId()
              + " is not a connection-point meter of the sender (the only kind that can trade and export)");
    }
    Optional<OrderSide> taken = MarketState.side(ctx.state(), start, ctx.tx().sender());
    if (taken.isPresent() && taken.get() != o.side()) {
      return Refuse.because(
          Reason.SELF_TRADE,
          "the sender already "
              + (taken.get() == OrderSide.BUY ? "buys" : "sells")
              + " in this interval");
    }
    Hash id = ctx.tx().hash();
    Money escrow = o.escrow(p.maxNetworkFee());
    if (escrow.isPositive()) {
      Outcome held = ctx.move(AccountId.of(ctx.tx().sender()), MarketState.escrow(id), escrow);
      if (!held.isApplied()) {
        return held;
      }
    }
    OrderRecord order =
        new OrderRecord(
            id,
            ctx.tx().sender(),
            start,
            o.side(),
            o.energy().wh(),
            price,
            o.meterId(),
            meter.get().bus(),
            ctx.timeMillis(),
            escrow.micros(),
            OrderRecord.Status.OPEN);
    MarketState.put(ctx.state(), order);
    MarketState.enter(ctx.state(), order);
    MarketState.takeSide(ctx.state(), start, ctx.tx().sender(), o.side());
    return Outcome.APPLIED;
  }

  /**
   * A refusal unless orders for the interval starting at {@code start} are accepted at {@code now}.
   */
  static Outcome window(MarketParams p, long start, long now) {
    if (start % p.intervalMillis() != 0) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW,
          "intervals start every "
              + p.intervalMinutes()
              + " minutes; "
              + Refuse.at(start)
              + " is not one");
    }
    long gate = start - p.gateClosureMinutes() * 60_000L;
    if (now >= gate) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW,
          "the gate of the interval at " + Refuse.at(start) + " closed at " + Refuse.at(gate));
    }
    long opens = start - p.horizonHours() * 3_600_000L;
    if (now < opens) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW, "orders for " + Refuse.at(start) + " open at " + Refuse.at(opens));
    }
    return Outcome.APPLIED;
  }

  static Outcome cancel(CancelOrder c, TxContext ctx) {
    Optional<OrderRecord> found = MarketState.order(ctx.state(), c.order());
    if (found.isEmpty()) {
      return Refuse.because(Reason.UNKNOWN_ORDER, "no order " + c.order());
    }
    OrderRecord order = found.get();
    if (!order.owner().equals(ctx.tx().sender())) {
      return Refuse.because(
          Reason.UNAUTHORIZED_ROLE, "order " + c.order() + " is not the sender's");
    }
    if (order.status() != OrderRecord.Status.OPEN) {
      return Refuse.because(
          Reason.INVALID_STATE,
          "order "
              + c.order()
              + " is already "
              + order.status().name().toLowerCase(java.util.Locale.ROOT));
    }
    Outcome window =
        window(MarketState.params(ctx.state()), order.intervalStart(), ctx.timeMillis());
    if (!window.isApplied()) {
      return window;
    }
    Escrows.release(ctx.state(), order, order.escrowMicros());
    MarketState.put(ctx.state(), order.with(0, OrderRecord.Status.CANCELLED));
    return Outcome.APPLIED;
  }
}
