package org.gridledger.market.ledger;

import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.tx.PayloadType;

/**
 * The market on the ledger: the rules of its payloads. Orders hold escrow; the DSO clears each
 * interval at gate closure (the auction runs inside execution, deterministically), judges it with
 * its grid verdict, and settles it on metered energy; every participant gets its bill lines.
 */
public final class MarketLedger {
  private MarketLedger() {}

  /** The market's rules, with every registered meter a connection point. */
  public static RuleBook install(RuleBook book) {
    return install(book, SettlementPoints.ANY_METER);
  }

  /** The market's rules, with {@code points} telling connection-point meters from the others. */
  public static RuleBook install(RuleBook book, SettlementPoints points) {
    return book.with(PayloadType.SET_MARKET_RULES, SetupRules::rules)
        .with(PayloadType.SET_GRID_TOPOLOGY, SetupRules::topology)
        .<org.gridledger.ledger.tx.PlaceOrder>with(
            PayloadType.PLACE_ORDER, (o, ctx) -> OrderRules.place(o, ctx, points))
        .with(PayloadType.CANCEL_ORDER, OrderRules::cancel)
        .with(PayloadType.CLEAR_INTERVAL, ClearingRule::clear)
        .with(PayloadType.GRID_VERDICT, VerdictRule::judge)
        .<org.gridledger.ledger.tx.SettleInterval>with(
            PayloadType.SETTLE_INTERVAL, (s, ctx) -> SettlementRule.settle(s, ctx, points));
  }
}
