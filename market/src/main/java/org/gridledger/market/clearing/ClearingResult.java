package org.gridledger.market.clearing;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.gridledger.market.PricingRule;

/**
 * The outcome of clearing one interval's book.
 *
 * @param rule the pricing rule applied
 * @param clearingPricePerKwh the uniform price, midpoint of the marginal bid and ask rounded down
 *     (micro-units per kWh); under pay-as-bid it is reported for reference only; empty when nothing
 *     trades
 * @param trades the matched pairs, ordered by the buy order's priority, then the sell order's
 * @param unmatched the unmatched remainder of every order that did not fully trade: buys in
 *     priority order, then sells in priority order
 */
public record ClearingResult(
    PricingRule rule,
    OptionalLong clearingPricePerKwh,
    List<Trade> trades,
    List<Unmatched> unmatched) {

  public ClearingResult {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(clearingPricePerKwh, "clearingPricePerKwh");
    trades = List.copyOf(trades);
    unmatched = List.copyOf(unmatched);
  }

  /** The total energy traded, in Wh. */
  public long matchedEnergyWh() {
    long sum = 0;
    for (Trade trade : trades) {
      sum += trade.energyWh();
    }
    return sum;
  }
}
