package org.gridledger.grid.screening;

import java.util.List;
import java.util.Map;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.service.Trade;

/**
 * Trades resolved to bus indices and average power, checked against the model: an unknown bus is
 * refused naming the trade.
 *
 * @param seller seller bus index per trade
 * @param buyer buyer bus index per trade
 * @param powerW average power per trade in W
 */
public record TradeIndex(List<Trade> trades, int[] seller, int[] buyer, double[] powerW) {

  public static TradeIndex of(
      List<Trade> trades, Map<String, Integer> busIndex, int intervalMinutes) {
    int t = trades.size();
    int[] s = new int[t];
    int[] b = new int[t];
    double[] p = new double[t];
    for (int i = 0; i < t; i++) {
      Trade tr = trades.get(i);
      s[i] = index(busIndex, tr.sellerBus(), tr);
      b[i] = index(busIndex, tr.buyerBus(), tr);
      p[i] = tr.powerW(intervalMinutes);
    }
    return new TradeIndex(List.copyOf(trades), s, b, p);
  }

  private static int index(Map<String, Integer> busIndex, String bus, Trade t) {
    Integer i = busIndex.get(bus);
    if (i == null) {
      throw new GridModelException("trade " + t.tradeId() + ": unknown bus " + bus);
    }
    return i;
  }

  public int size() {
    return seller.length;
  }
}
