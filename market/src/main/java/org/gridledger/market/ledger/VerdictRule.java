package org.gridledger.market.ledger;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.tx.GridVerdict;
import org.gridledger.ledger.tx.MarketParams;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.TradeVerdict;

/**
 * The DSO's verdict makes a cleared interval firm: each trade approved or curtailed by a named
 * amount with its reason, at a network fee. Curtailed energy releases its escrow. When delivery
 * starts without a verdict, {@link #byPolicy} applies the market's documented policy instead.
 */
final class VerdictRule {
  static final String NO_VERDICT_APPROVED =
      "no DSO verdict before delivery: approved by policy at the highest fee";
  static final String NO_VERDICT_CURTAILED = "no DSO verdict before delivery: curtailed by policy";

  private VerdictRule() {}

  static Outcome judge(GridVerdict v, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    long start = v.intervalStart();
    IntervalRecord interval = MarketState.interval(ctx.state(), start);
    if (interval.stage() != IntervalRecord.Stage.CLEARED) {
      return Refuse.because(
          Reason.INVALID_STATE,
          "the interval at "
              + Refuse.at(start)
              + " is "
              + interval.stage()
              + ", not awaiting a verdict");
    }
    if (ctx.timeMillis() >= start) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW,
          "delivery of " + Refuse.at(start) + " has started: the no-verdict policy applies");
    }
    List<TradeRecord> trades = MarketState.trades(ctx.state(), start);
    if (trades.size() != v.trades().size()) {
      return Refuse.because(
          Reason.INVALID_PAYLOAD,
          "the interval has " + trades.size() + " trades; the verdict judges " + v.trades().size());
    }
    MarketParams p = MarketState.params(ctx.state());
    for (int i = 0; i < trades.size(); i++) {
      TradeVerdict tv = v.trades().get(i);
      if (tv.curtailed().wh() > trades.get(i).energyWh()) {
        return Refuse.because(
            Reason.INVALID_PAYLOAD,
            "trade "
                + i
                + " has "
                + trades.get(i).energyWh()
                + " Wh; it cannot lose "
                + tv.curtailed().wh());
      }
      if (tv.networkFee().compareTo(p.maxNetworkFee()) > 0) {
        return Refuse.because(
            Reason.OUT_OF_BOUNDS,
            "trade " + i + ": the fee exceeds the market's highest network fee");
      }
      trades.set(
          i,
          trades.get(i).judged(tv.curtailed().wh(), tv.networkFee().microsPerKwh(), tv.reason()));
    }
    firm(ctx.state(), start, trades, p);
    MarketState.put(ctx.state(), interval.firm(true));
    return Outcome.APPLIED;
  }

  /** Judges every trade of a cleared interval by the market's no-verdict policy. */
  static void byPolicy(StateOverlay state, IntervalRecord interval, MarketParams p) {
    List<TradeRecord> trades = MarketState.trades(state, interval.start());
    for (int i = 0; i < trades.size(); i++) {
      TradeRecord t = trades.get(i);
      trades.set(
          i,
          p.approveWithoutVerdict()
              ? t.judged(0, p.maxNetworkFee().microsPerKwh(), NO_VERDICT_APPROVED)
              : t.judged(t.energyWh(), 0, NO_VERDICT_CURTAILED));
    }
    firm(state, interval.start(), trades, p);
    MarketState.put(state, interval.firm(false));
  }

  private static void firm(
      StateOverlay state, long start, List<TradeRecord> trades, MarketParams p) {
    Map<Hash, Long> firmByBuy = new TreeMap<>();
    for (TradeRecord t : trades) {
      MarketState.put(state, start, t);
      firmByBuy.merge(t.buyOrder(), t.firmWh(), Long::sum);
    }
    firmByBuy.forEach(
        (id, firmWh) -> {
          OrderRecord order = MarketState.order(state, id).orElseThrow();
          MarketState.put(
              state, Escrows.keepFor(state, order, firmWh, p.maxNetworkFee().microsPerKwh()));
        });
  }
}
