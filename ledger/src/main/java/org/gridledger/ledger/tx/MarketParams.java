package org.gridledger.ledger.tx;

import org.gridledger.ledger.units.Price;

/**
 * The rules of the local market, set by the DSO.
 *
 * @param intervalMinutes length of a delivery interval; intervals are aligned on the epoch
 * @param gateClosureMinutes orders close this long before delivery starts
 * @param horizonHours orders open this long before delivery starts
 * @param payAsBid false for one uniform price (pay-as-clear), true for each trade at its bid
 * @param importPrice the DSO's tariff for energy taken from the grid
 * @param feedInPrice the DSO's tariff for energy given to the grid
 * @param maxNetworkFee the highest network fee a verdict may charge; escrowed with every buy
 * @param minPrice lowest limit price an order may carry
 * @param maxPrice highest limit price an order may carry
 * @param maxOrderWh most energy one order may carry
 * @param approveWithoutVerdict what happens to a cleared interval whose verdict has not come when
 *     delivery starts: approved at the highest network fee (true), or wholly curtailed
 */
public record MarketParams(
    int intervalMinutes,
    int gateClosureMinutes,
    int horizonHours,
    boolean payAsBid,
    Price importPrice,
    Price feedInPrice,
    Price maxNetworkFee,
    Price minPrice,
    Price maxPrice,
    long maxOrderWh,
    boolean approveWithoutVerdict) {

  public MarketParams {
    if (intervalMinutes < 1 || 1440 % intervalMinutes != 0) {
      throw new IllegalArgumentException(
          "interval_minutes must divide a day, not " + intervalMinutes);
    }
    if (gateClosureMinutes < 0 || horizonHours < 1 || horizonHours * 60L <= gateClosureMinutes) {
      throw new IllegalArgumentException("the horizon must open before the gate closes");
    }
    Text.present(importPrice, "import_price");
    Text.present(feedInPrice, "feed_in_price");
    Text.present(maxNetworkFee, "max_network_fee");
    if (feedInPrice.microsPerKwh() < 0 || importPrice.compareTo(feedInPrice) < 0) {
      throw new IllegalArgumentException(
          "the import price must be at least the feed-in price, which must not be negative");
    }
    if (maxNetworkFee.microsPerKwh() < 0
        || minPrice.microsPerKwh() < 0
        || maxPrice.compareTo(minPrice) < 0) {
      throw new IllegalArgumentException(
          "fees and price bounds must not be negative, and max_price at least min_price");
    }
    if (maxOrderWh < 1 || maxOrderWh > 1_000_000_000L || maxPrice.microsPerKwh() > 1_000_000_000L) {
      throw new IllegalArgumentException(
          "max_order_wh must be 1 Wh to 1 GWh and max_price at most 1,000,000,000 µ/kWh");
    }
  }

  /** 15-minute intervals, gate closure 5 min, horizon 24 h, pay-as-clear, German-like tariffs. */
  public static MarketParams defaults() {
    return new MarketParams(
        15,
        5,
        24,
        false,
        Price.microsPerKwh(300_000),
        Price.microsPerKwh(80_000),
        Price.microsPerKwh(40_000),
        Price.microsPerKwh(0),
        Price.microsPerKwh(2_000_000),
        1_000_000,
        true);
  }

  public long intervalMillis() {
    return intervalMinutes * 60_000L;
  }
}
