package org.gridledger.market.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.tx.ClearInterval;
import org.gridledger.ledger.tx.MarketParams;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.tx.Role;
import org.gridledger.market.MarketRules;
import org.gridledger.market.PricingRule;
import org.gridledger.market.clearing.ClearingOutcome;
import org.gridledger.market.clearing.MarketClearing;
import org.gridledger.market.clearing.Trade;
import org.gridledger.market.order.Order;
import org.gridledger.market.order.Side;

/**
 * Clears an interval at gate closure with the market's double auction, inside execution:
 * deterministic, on the orders in the book, with electrical distance from the published feeder.
 * Trades become provisional; escrow beyond what the matched energy needs goes back at once.
 */
final class ClearingRule {
  private ClearingRule() {}

  static Outcome clear(ClearInterval c, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    MarketParams p = MarketState.params(ctx.state());
    long start = c.intervalStart();
    if (start % p.intervalMillis() != 0) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW, Refuse.at(start) + " is not the start of an interval");
    }
    long gate = start - p.gateClosureMinutes() * 60_000L;
    if (ctx.timeMillis() < gate) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW,
          "the gate of " + Refuse.at(start) + " closes at " + Refuse.at(gate));
    }
    IntervalRecord interval = MarketState.interval(ctx.state(), start);
    if (interval.stage() != IntervalRecord.Stage.OPEN) {
      return Refuse.because(
          Reason.INVALID_STATE,
          "the interval at " + Refuse.at(start) + " is already " + interval.stage());
    }
    Map<String, OrderRecord> open = new HashMap<>();
    List<Order> book = new ArrayList<>();
    for (OrderRecord o : MarketState.book(ctx.state(), start)) {
      if (o.status() == OrderRecord.Status.OPEN) {
        open.put(o.id().toHex(), o);
        book.add(
            new Order(
                o.id().toHex(),
                o.side() == OrderSide.BUY ? Side.BUY : Side.SELL,
                o.owner().toHex(),
                o.bus(),
                o.energyWh(),
                o.limitPerKwh(),
                Instant.ofEpochMilli(o.placedAt())));
      }
    }
    MarketRules rules =
        new MarketRules(
            p.payAsBid() ? PricingRule.PAY_AS_BID : PricingRule.PAY_AS_CLEAR,
            p.maxOrderWh(),
            p.minPrice().microsPerKwh(),
            p.maxPrice().microsPerKwh());
    ClearingOutcome outcome = new MarketClearing(rules, Topology.distance(ctx.state())).clear(book);
    Map<String, Long> matched = new HashMap<>();
    List<Trade> trades = outcome.result().trades();
    for (int i = 0; i < trades.size(); i++) {
      Trade t = trades.get(i);
      OrderRecord buy = open.get(t.buyOrderId());
      OrderRecord sell = open.get(t.sellOrderId());
      MarketState.put(
          ctx.state(),
          start,
          new TradeRecord(
              i,
              buy.id(),
              sell.id(),
              buy.owner(),
              sell.owner(),
              buy.meterId(),
              sell.meterId(),
              buy.bus(),
              sell.bus(),
              t.energyWh(),
              t.pricePerKwh(),
              0,
              0,
              "",
              false));
      matched.merge(t.buyOrderId(), t.energyWh(), Long::sum);
    }
    for (OrderRecord o :
        open.values().stream().sorted(java.util.Comparator.comparing(r -> r.id())).toList()) {
      OrderRecord kept =
          o.side() == OrderSide.BUY
              ? Escrows.keepFor(
                  ctx.state(),
                  o,
                  matched.getOrDefault(o.id().toHex(), 0L),
                  p.maxNetworkFee().microsPerKwh())
              : o;
      MarketState.put(ctx.state(), kept.with(kept.escrowMicros(), OrderRecord.Status.CLEARED));
    }
    long price = outcome.result().clearingPricePerKwh().orElse(-1);
    MarketState.put(ctx.state(), interval.cleared(price, trades.size()));
    return Outcome.APPLIED;
  }
}
