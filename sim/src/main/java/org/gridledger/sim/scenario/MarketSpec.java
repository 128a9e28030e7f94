package org.gridledger.sim.scenario;

/**
 * The tariff and the market's rules.
 *
 * @param importPerKwh the DSO's import tariff, µ/kWh
 * @param feedInPerKwh the feed-in tariff, µ/kWh, not above the import tariff
 * @param maxNetworkFeePerKwh the highest network fee a verdict may charge, µ/kWh
 * @param payAsBid false for pay-as-clear
 * @param agent the homes' trading agent: "price_taker" or "zic"
 */
public record MarketSpec(
    long importPerKwh,
    long feedInPerKwh,
    long maxNetworkFeePerKwh,
    boolean payAsBid,
    String agent) {
  public MarketSpec {
    if (feedInPerKwh < 0 || importPerKwh < feedInPerKwh || maxNetworkFeePerKwh < 0) {
      throw new IllegalArgumentException("tariff needs 0 <= feed_in <= import and fee >= 0");
    }
  }
}
