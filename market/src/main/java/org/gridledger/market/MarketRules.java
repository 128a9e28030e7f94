package org.gridledger.market;

import java.util.Objects;

/**
 * The bounds a market puts on orders, and its pricing rule.
 *
 * @param rule how trades are priced
 * @param maxEnergyWh the largest energy one order may carry, in Wh (at least 1)
 * @param minPricePerKwh the lowest limit price accepted, micro-units per kWh (may be negative)
 * @param maxPricePerKwh the highest limit price accepted, micro-units per kWh
 */
public record MarketRules(
    PricingRule rule, long maxEnergyWh, long minPricePerKwh, long maxPricePerKwh) {

  /** 10 MWh: far above what one connection of a distribution grid moves in an interval. */
  public static final long DEFAULT_MAX_ENERGY_WH = 10_000_000L;

  /** 100 currency units per kWh. */
  public static final long DEFAULT_MAX_PRICE_PER_KWH = 100_000_000L;

  public MarketRules {
    Objects.requireNonNull(rule, "rule");
    if (maxEnergyWh < 1) {
      throw new IllegalArgumentException("maxEnergyWh must be at least 1, was " + maxEnergyWh);
    }
    if (minPricePerKwh > maxPricePerKwh) {
      throw new IllegalArgumentException(
          "minPricePerKwh " + minPricePerKwh + " exceeds maxPricePerKwh " + maxPricePerKwh);
    }
    long largestPrice = Math.max(Math.abs(minPricePerKwh), Math.abs(maxPricePerKwh));
    if (minPricePerKwh == Long.MIN_VALUE
        || Math.multiplyHigh(maxEnergyWh, largestPrice) != 0
        || maxEnergyWh * largestPrice < 0) {
      throw new IllegalArgumentException(
          "maxEnergyWh times the largest |price| must fit in a long so trade values cannot"
              + " overflow");
    }
  }

  /** Pay-as-clear, at most 10 MWh per order, prices from 0 to 100 currency units per kWh. */
  public static MarketRules defaults() {
    return new MarketRules(
        PricingRule.PAY_AS_CLEAR, DEFAULT_MAX_ENERGY_WH, 0, DEFAULT_MAX_PRICE_PER_KWH);
  }

  /** The same bounds under another pricing rule. */
  public MarketRules withRule(PricingRule newRule) {
    return new MarketRules(newRule, maxEnergyWh, minPricePerKwh, maxPricePerKwh);
  }
}
