package org.gridledger.market.ledger;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Each meter's contracted position in an interval: firm energy bought and sold, in Wh. */
record Positions(Map<String, Long> bought, Map<String, Long> sold) {

  static Positions of(List<TradeRecord> trades) {
    Map<String, Long> bought = new TreeMap<>();
    Map<String, Long> sold = new TreeMap<>();
    for (TradeRecord t : trades) {
      if (t.firmWh() > 0) {
        bought.merge(t.buyerMeter(), t.firmWh(), Long::sum);
        sold.merge(t.sellerMeter(), t.firmWh(), Long::sum);
      }
    }
    return new Positions(bought, sold);
  }

  Set<String> meters() {
    Set<String> all = new java.util.TreeSet<>(bought.keySet());
    all.addAll(sold.keySet());
    return all;
  }

  long boughtBy(String meter) {
    return bought.getOrDefault(meter, 0L);
  }

  long soldBy(String meter) {
    return sold.getOrDefault(meter, 0L);
  }
}
