package org.gridledger.market.agents;

/**
 * The retail tariff that bounds every sensible local price: a home can always buy from the grid at
 * the import price and sell to it at the feed-in price.
 *
 * @param importPricePerKwh what the grid charges, micro-units per kWh
 * @param feedInPricePerKwh what the grid pays for exported energy, micro-units per kWh; not above
 *     the import price
 */
public record Tariff(long importPricePerKwh, long feedInPricePerKwh) {

  public Tariff {
    if (feedInPricePerKwh > importPricePerKwh) {
      throw new IllegalArgumentException(
          "feedInPricePerKwh "
              + feedInPricePerKwh
              + " must not exceed importPricePerKwh "
              + importPricePerKwh);
    }
  }

  /** Clamps a price into [feed-in, import]. */
  public long clamp(long pricePerKwh) {
    return Math.max(feedInPricePerKwh, Math.min(importPricePerKwh, pricePerKwh));
  }
}
