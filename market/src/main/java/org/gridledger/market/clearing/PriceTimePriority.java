package org.gridledger.market.clearing;

import java.util.Comparator;
import org.gridledger.market.order.Order;

/**
 * Price–time priority, the order in which the book is served. Both comparators are total on orders
 * with distinct ids, so sorting never depends on the input order.
 *
 * <ul>
 *   <li>Buys: higher limit price first, then earlier time, then smaller id.
 *   <li>Sells: lower limit price first, then earlier time, then smaller id.
 * </ul>
 *
 * Ids compare by {@link String#compareTo} (UTF-16 code units), the final tie-break.
 */
public final class PriceTimePriority {

  /** Best buy first. */
  public static final Comparator<Order> BUYS = PriceTimePriority::compareBuys;

  /** Best sell first. */
  public static final Comparator<Order> SELLS = PriceTimePriority::compareSells;

  private PriceTimePriority() {}

  private static int compareBuys(Order a, Order b) {
    int byPrice = Long.compare(b.pricePerKwh(), a.pricePerKwh());
    return byPrice != 0 ? byPrice : compareTimeThenId(a, b);
  }

  private static int compareSells(Order a, Order b) {
    int byPrice = Long.compare(a.pricePerKwh(), b.pricePerKwh());
    return byPrice != 0 ? byPrice : compareTimeThenId(a, b);
  }

  private static int compareTimeThenId(Order a, Order b) {
    int byTime = a.time().compareTo(b.time());
    return byTime != 0 ? byTime : a.id().compareTo(b.id());
  }
}
