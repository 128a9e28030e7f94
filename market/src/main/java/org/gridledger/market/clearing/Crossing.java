package org.gridledger.market.clearing;

import java.util.OptionalLong;
import org.gridledger.market.order.Order;

/**
 * How much of each order trades: the demand and supply curves walked in price–time priority while
 * the best remaining bid is at least the best remaining ask. The traded orders are a prefix of each
 * sorted side, all filled except possibly the last (marginal) one on each side.
 *
 * @param buyFill energy traded per buy, indexed like the sorted buys
 * @param buysMatched how many buys trade at all
 * @param sellFill energy traded per sell, indexed like the sorted sells
 * @param sellsMatched how many sells trade at all
 * @param uniformPrice floor of the midpoint of the marginal bid and ask; empty if nothing trades
 */
record Crossing(
    long[] buyFill, int buysMatched, long[] sellFill, int sellsMatched, OptionalLong uniformPrice) {

  static Crossing of(Order[] buys, Order[] sells) {
    long[] buyFill = new long[buys.length];
    long[] sellFill = new long[sells.length];
    int i = 0;
    int j = 0;
    int lastBuy = -1;
    int lastSell = -1;
    while (i < buys.length && j < sells.length && buys[i].pricePerKwh() >= sells[j].pricePerKwh()) {
      long energy = Math.min(buys[i].energyWh() - buyFill[i], sells[j].energyWh() - sellFill[j]);
      buyFill[i] += energy;
      sellFill[j] += energy;
      lastBuy = i;
      lastSell = j;
      if (buyFill[i] == buys[i].energyWh()) {
        i++;
      }
      if (sellFill[j] == sells[j].energyWh()) {
        j++;
      }
    }
    if (lastBuy < 0) {
      return new Crossing(buyFill, 0, sellFill, 0, OptionalLong.empty());
    }
    long bid = buys[lastBuy].pricePerKwh();
    long ask = sells[lastSell].pricePerKwh();
    return new Crossing(
        buyFill, lastBuy + 1, sellFill, lastSell + 1, OptionalLong.of(ask + (bid - ask) / 2));
  }
}
