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

  public static RuleBook install(RuleBook book) {
    return book.with(PayloadType.SET_MARKET_RULES, SetupRules::rules)
        .with(PayloadType.SET_GRID_TOPOLOGY, SetupRules::topology)
        .with(PayloadType.PLACE_ORDER, OrderRules::place)
        .with(PayloadType.CANCEL_ORDER, OrderRules::cancel)
        .with(PayloadType.CLEAR_INTERVAL, ClearingRule::clear)
        .with(PayloadType.GRID_VERDICT, VerdictRule::judge)
        .with(PayloadType.SETTLE_INTERVAL, SettlementRule::settle);
  }
}
