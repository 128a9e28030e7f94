package org.gridledger.market;

import java.util.Locale;

/**
 * How the trades of a cleared interval are priced. Which orders trade, and how much, is the same
 * under both rules; only the price differs.
 */
public enum PricingRule {
  /**
   * Uniform price (pay-as-clear): every trade is at the clearing price, the midpoint of the
   * marginal bid and ask rounded down to a whole micro-unit.
   */
  PAY_AS_CLEAR,
  /**
   * Pay-as-bid: every trade is at its buyer's limit price; the seller of that trade receives it.
   */
  PAY_AS_BID;

  /** The name used in files and on the command line: {@code pay-as-clear}, {@code pay-as-bid}. */
  public String externalName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Parses an {@link #externalName()}.
   *
   * @throws IllegalArgumentException naming the accepted values if {@code text} is none of them
   */
  public static PricingRule parse(String text) {
    for (PricingRule rule : values()) {
      if (rule.externalName().equals(text)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        "unknown pricing rule '" + text + "': expected pay-as-clear or pay-as-bid");
  }
}
