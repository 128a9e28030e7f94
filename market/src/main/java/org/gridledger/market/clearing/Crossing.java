package org.gridledger.market.clearing;

import java.util.OptionalLong;

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

  static Crossing of(SortedSide buys, SortedSide sells) {
    long[] buyFill = new long[buys.size()];
    long[] sellFill = new long[sells.size()];
    int i = 0;
    int j = 0;
    int lastBuy = -1;
    int lastSell = -1;
    while (i < buys.size() && j < sells.size() && buys.prices[i] >= sells.prices[j]) {
      long energy = Math.min(buys.energies[i] - buyFill[i], sells.energies[j] - sellFill[j]);
      buyFill[i] += energy;
      sellFill[j] += energy;
      lastBuy = i;
      lastSell = j;
      if (buyFill[i] == buys.energies[i]) {
        i++;
      }
      if (sellFill[j] == sells.energies[j]) {
        j++;
      }
    }
    if (lastBuy < 0) {
      return new Crossing(buyFill, 0, sellFill, 0, OptionalLong.empty());
    }
    long bid = buys.prices[lastBuy];
    long ask = sells.prices[lastSell];
    return new Crossing(
        buyFill, lastBuy + 1, sellFill, lastSell + 1, OptionalLong.of(ask + (bid - ask) / 2));
  }
}
