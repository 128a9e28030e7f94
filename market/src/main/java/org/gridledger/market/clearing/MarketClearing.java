package org.gridledger.market.clearing;

import java.util.Collection;
import java.util.Objects;
import org.gridledger.market.MarketRules;
import org.gridledger.market.interval.MarketInterval;
import org.gridledger.market.order.Order;
import org.gridledger.market.order.OrderValidator;
import org.gridledger.market.order.Validation;

/**
 * Validates and clears one interval's book under a market's rules: the entry point for the ledger
 * at gate closure and for {@code gridledger market clear}. Pure and deterministic, like {@link
 * DoubleAuction}; refused orders are reported, never thrown.
 */
public final class MarketClearing {

  private final OrderValidator validator;
  private final DoubleAuction auction;

  public MarketClearing(MarketRules rules, ElectricalDistance distance) {
    Objects.requireNonNull(rules, "rules");
    this.validator = new OrderValidator(rules);
    this.auction = new DoubleAuction(rules.rule(), distance);
  }

  /** Validates the orders (bounds, duplicates, self-trade) and clears those accepted. */
  public ClearingOutcome clear(Collection<Order> orders) {
    return clear(validator.validate(orders));
  }

  /** As {@link #clear(Collection)}, also refusing orders placed outside the interval's window. */
  public ClearingOutcome clear(Collection<Order> orders, MarketInterval interval) {
    return clear(validator.validate(orders, interval));
  }

  private ClearingOutcome clear(Validation validation) {
    return new ClearingOutcome(validation.refused(), auction.clear(validation.accepted()));
  }
}
