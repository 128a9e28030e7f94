package org.gridledger.market.clearing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridledger.market.PricingRule;
import org.gridledger.market.order.Order;
import org.gridledger.market.order.Side;

/**
 * The clearing kernel: a sealed-bid double auction over one interval's book, as a pure function.
 *
 * <p><b>Which orders trade.</b> Buys are served by {@link PriceTimePriority#BUYS}, sells by {@link
 * PriceTimePriority#SELLS}; the curves are walked while the best remaining bid is at least the best
 * remaining ask: the traded energy is where the demand and supply curves cross (the competitive
 * equilibrium quantity, which maximises the total surplus of bid over ask).
 *
 * <p><b>Price.</b> The clearing price is {@code floor((bid + ask) / 2)} of the marginal bid and
 * ask, the limit prices of the last buy and the last sell that trade (a k-double auction with k =
 * ½). It lies within [ask, bid], so no trade is above any traded buyer's limit nor below any traded
 * seller's. Under {@link PricingRule#PAY_AS_CLEAR} every trade is at that price; under {@link
 * PricingRule#PAY_AS_BID} every trade is at its buyer's limit price.
 *
 * <p><b>Pairs.</b> Who delivers to whom is chosen by {@link Pairing}: same bus first, then the
 * electrically nearest buses by the injected {@link ElectricalDistance} among a bounded set of
 * candidate buses, then priority order. Distance never changes which orders trade or how much.
 *
 * <p><b>Contract.</b> The orders must have passed {@link
 * org.gridledger.market.order.OrderValidator} (distinct ids, positive energy, no participant on
 * both sides). The result depends only on the set of orders: the same orders in any input order
 * give an equal result. Integer arithmetic only; no clock, no randomness, no hash-order iteration.
 * Instances are immutable and thread-safe if the distance is; {@code O(n log n)} in orders plus
 * {@code candidateBuses²} distance calls.
 */
public final class DoubleAuction {

  /** Candidate buses per side for the distance pass by default. */
  public static final int DEFAULT_CANDIDATE_BUSES = 256;

  private final PricingRule rule;
  private final Pairing pairing;

  /** A kernel with the default candidate bound. */
  public DoubleAuction(PricingRule rule, ElectricalDistance distance) {
    this(rule, distance, DEFAULT_CANDIDATE_BUSES);
  }

  /**
   * @param candidateBuses how many buses per side the distance pass considers, 1 to 1024
   */
  public DoubleAuction(PricingRule rule, ElectricalDistance distance, int candidateBuses) {
    this.rule = Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(distance, "distance");
    if (candidateBuses < 1 || candidateBuses > Pairing.MAX_CANDIDATE_BUSES) {
      throw new IllegalArgumentException(
          "candidateBuses must be in [1, "
              + Pairing.MAX_CANDIDATE_BUSES
              + "], was "
              + candidateBuses);
    }
    this.pairing = new Pairing(distance, candidateBuses);
  }

  /** Clears one interval's validated book. */
  public ClearingResult clear(Collection<Order> orders) {
    Map<String, Integer> busIndex = new HashMap<>();
    List<String> busNames = new ArrayList<>();
    SortedSide.Builder buyBuilder = new SortedSide.Builder(true, orders.size(), busIndex, busNames);
    SortedSide.Builder sellBuilder =
        new SortedSide.Builder(false, orders.size(), busIndex, busNames);
    for (Order order : orders) {
      (order.side() == Side.BUY ? buyBuilder : sellBuilder).add(order);
    }
    SortedSide buys = buyBuilder.sort();
    SortedSide sells = sellBuilder.sort();
    Crossing crossing = Crossing.of(buys, sells);
    PairList pairs = pairing.pair(buys, sells, crossing, busNames.toArray(String[]::new));
    List<Trade> trades = new ArrayList<>(pairs.size());
    for (int k : pairs.orderByPositions(crossing.buysMatched(), crossing.sellsMatched())) {
      Order buy = buys.orders[pairs.buy(k)];
      Order sell = sells.orders[pairs.sell(k)];
      long price =
          switch (rule) {
            case PAY_AS_CLEAR -> crossing.uniformPrice().orElseThrow();
            case PAY_AS_BID -> buy.pricePerKwh();
          };
      trades.add(
          new Trade(
              buy.id(),
              sell.id(),
              buy.participant(),
              sell.participant(),
              buy.bus(),
              sell.bus(),
              pairs.energy(k),
              price));
    }
    List<Unmatched> unmatched = new ArrayList<>();
    addUnmatched(buys, crossing.buyFill(), unmatched);
    addUnmatched(sells, crossing.sellFill(), unmatched);
    return new ClearingResult(rule, crossing.uniformPrice(), trades, unmatched);
  }

  private static void addUnmatched(SortedSide side, long[] fill, List<Unmatched> out) {
    for (int p = 0; p < side.size(); p++) {
      long left = side.energies[p] - fill[p];
      if (left > 0) {
        Order order = side.orders[p];
        out.add(new Unmatched(order.id(), order.side(), order.participant(), left));
      }
    }
  }
}
