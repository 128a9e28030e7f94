package org.gridledger.market.ledger;

import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.tx.MarketParams;
import org.gridledger.ledger.tx.MeterEnergy;
import org.gridledger.ledger.units.Money;
import org.gridledger.market.clearing.TradeValue;

/**
 * One meter's deviation from its position, settled with the grid at the tariff: {@code import −
 * bought} and {@code export − sold}; a positive import deviation or a negative export deviation is
 * energy the grid supplied (import price), the opposite energy it took (feed-in price).
 */
final class Imbalance {
  private Imbalance() {}

  static BillLine settle(
      StateOverlay state,
      PublicKey owner,
      MeterEnergy m,
      Positions positions,
      MarketParams p,
      BillLine line) {
    long importDeviation = m.imported().wh() - positions.boughtBy(m.meterId());
    long exportDeviation = m.exported().wh() - positions.soldBy(m.meterId());
    long fromGrid = Math.max(0, importDeviation) + Math.max(0, -exportDeviation);
    long toGrid = Math.max(0, -importDeviation) + Math.max(0, exportDeviation);
    Money cost = Money.micros(TradeValue.of(fromGrid, p.importPrice().microsPerKwh()).microUnits());
    Money revenue =
        Money.micros(TradeValue.of(toGrid, p.feedInPrice().microsPerKwh()).microUnits());
    Money arrears = Accounts.charge(state, owner, AccountId.GRID, cost);
    Accounts.moveOnCredit(state, AccountId.GRID, AccountId.of(owner), revenue);
    return line.withGrid(
        fromGrid, cost.micros(), toGrid, revenue.micros(), arrears.micros(), m.estimated());
  }
}
