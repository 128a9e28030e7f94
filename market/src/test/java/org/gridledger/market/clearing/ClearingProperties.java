package org.gridledger.market.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridledger.market.MarketRules;
import org.gridledger.market.PricingRule;
import org.gridledger.market.order.Order;
import org.gridledger.market.order.Side;

class ClearingProperties {

  private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

  /** Deterministic, asymmetric, and 0 only from a bus to itself. */
  private static final ElectricalDistance HASHED =
      (a, b) -> a.equals(b) ? 0 : 1 + Math.floorMod((a + "|" + b).hashCode(), 7);

  record Spec(Side side, int participant, int bus, long energyWh, long price, int second) {}

  @Provide
  Arbitrary<List<Order>> books() {
    Arbitrary<Spec> spec =
        Combinators.combine(
                Arbitraries.of(Side.class),
                Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(0, 5),
                Arbitraries.longs().between(1, 5000),
                Arbitraries.longs().between(0, 20).map(p -> p * 1000),
                Arbitraries.integers().between(0, 30))
            .as(Spec::new);
    return spec.list()
        .ofMaxSize(60)
        .map(
            specs -> {
              List<Order> orders = new ArrayList<>();
              for (int i = 0; i < specs.size(); i++) {
                Spec s = specs.get(i);
                orders.add(
                    new Order(
                        "o" + (i * 919 % 50),
                        s.side(),
                        "p" + s.participant(),
                        "bus" + s.bus(),
                        s.energyWh(),
                        s.price(),
                        T0.plusSeconds(s.second())));
              }
              return orders;
            });
  }

  private static ClearingOutcome clear(List<Order> book, PricingRule rule, ElectricalDistance d) {
    return new MarketClearing(MarketRules.defaults().withRule(rule), d).clear(book);
  }

  private static Map<String, Order> accepted(List<Order> book, ClearingOutcome outcome) {
    Set<String> refused = new HashSet<>();
    outcome.refused().forEach(r -> refused.add(r.orderId()));
    Map<String, Order> byId = new HashMap<>();
    book.stream().filter(o -> !refused.contains(o.id())).forEach(o -> byId.put(o.id(), o));
    return byId;
  }

  @Property(tries = 300)
  void noTradeIsAboveTheBuyersLimitOrBelowTheSellers(
      @ForAll("books") List<Order> book, @ForAll PricingRule rule) {
    ClearingOutcome outcome = clear(book, rule, HASHED);
    Map<String, Order> orders = accepted(book, outcome);
    for (Trade trade : outcome.result().trades()) {
      assertThat(trade.pricePerKwh())
          .isLessThanOrEqualTo(orders.get(trade.buyOrderId()).pricePerKwh());
      assertThat(trade.pricePerKwh())
          .isGreaterThanOrEqualTo(orders.get(trade.sellOrderId()).pricePerKwh());
    }
  }

  @Property(tries = 300)
  void everyOrdersMatchedPlusUnmatchedIsItsEnergy(
      @ForAll("books") List<Order> book, @ForAll PricingRule rule) {
    ClearingOutcome outcome = clear(book, rule, HASHED);
    Map<String, Long> accounted = new HashMap<>();
    for (Trade trade : outcome.result().trades()) {
      accounted.merge(trade.buyOrderId(), trade.energyWh(), Long::sum);
      accounted.merge(trade.sellOrderId(), trade.energyWh(), Long::sum);
    }
    outcome
        .result()
        .unmatched()
        .forEach(u -> accounted.merge(u.orderId(), u.energyWh(), Long::sum));
    Map<String, Order> orders = accepted(book, outcome);
    assertThat(accounted.keySet()).isEqualTo(orders.keySet());
    orders.forEach((id, order) -> assertThat(accounted.get(id)).isEqualTo(order.energyWh()));
  }

  @Property(tries = 300)
  void totalBoughtEqualsTotalSold(@ForAll("books") List<Order> book) {
    ClearingOutcome outcome = clear(book, PricingRule.PAY_AS_CLEAR, HASHED);
    long[] net = new long[2];
    accepted(book, outcome).values().forEach(o -> net[o.side().ordinal()] += o.energyWh());
    outcome.result().unmatched().forEach(u -> net[u.side().ordinal()] -= u.energyWh());
    assertThat(net[Side.BUY.ordinal()]).isEqualTo(net[Side.SELL.ordinal()]);
    assertThat(net[Side.BUY.ordinal()]).isEqualTo(outcome.result().matchedEnergyWh());
  }

  @Property(tries = 300)
  void noParticipantTradesWithItselfAndEveryPairIsNamedOnce(@ForAll("books") List<Order> book) {
    List<Trade> trades = clear(book, PricingRule.PAY_AS_BID, HASHED).result().trades();
    Set<String> pairs = new HashSet<>();
    for (Trade trade : trades) {
      assertThat(trade.buyer()).isNotEqualTo(trade.seller());
      assertThat(pairs.add(trade.buyOrderId() + "|" + trade.sellOrderId())).isTrue();
    }
  }

  @Property(tries = 300)
  void theResultDoesNotDependOnTheInputOrder(
      @ForAll("books") List<Order> book, @ForAll PricingRule rule, @ForAll long seed) {
    List<Order> shuffled = new ArrayList<>(book);
    Collections.shuffle(shuffled, new Random(seed));

    assertThat(clear(shuffled, rule, HASHED)).isEqualTo(clear(book, rule, HASHED));
  }

  @Property(tries = 300)
  void payAsClearTradesAllAtTheClearingPrice(@ForAll("books") List<Order> book) {
    ClearingResult result = clear(book, PricingRule.PAY_AS_CLEAR, HASHED).result();
    assertThat(result.trades())
        .allSatisfy(
            t -> assertThat(t.pricePerKwh()).isEqualTo(result.clearingPricePerKwh().getAsLong()));
    assertThat(result.clearingPricePerKwh().isPresent()).isEqualTo(!result.trades().isEmpty());
  }

  @Property(tries = 300)
  void noUnmatchedBuyCouldHaveTradedWithAnUnmatchedSell(@ForAll("books") List<Order> book) {
    ClearingOutcome outcome = clear(book, PricingRule.PAY_AS_CLEAR, HASHED);
    Map<String, Order> orders = accepted(book, outcome);
    long bestBid = Long.MIN_VALUE;
    long bestAsk = Long.MAX_VALUE;
    for (var u : outcome.result().unmatched()) {
      long price = orders.get(u.orderId()).pricePerKwh();
      if (u.side() == Side.BUY) {
        bestBid = Math.max(bestBid, price);
      } else {
        bestAsk = Math.min(bestAsk, price);
      }
    }
    assertThat(bestBid).isLessThan(bestAsk);
  }

  @Property(tries = 200)
  void distanceOnlyChangesThePairs(@ForAll("books") List<Order> book, @ForAll PricingRule rule) {
    ClearingResult near = clear(book, rule, HASHED).result();
    ClearingResult plain = clear(book, rule, ElectricalDistance.UNIFORM).result();

    assertThat(near.unmatched()).isEqualTo(plain.unmatched());
    assertThat(near.clearingPricePerKwh()).isEqualTo(plain.clearingPricePerKwh());
    assertThat(near.matchedEnergyWh()).isEqualTo(plain.matchedEnergyWh());
  }

  @Property(tries = 300)
  void thePrimitiveSortIsPriceTimePriority(@ForAll("books") List<Order> book) {
    List<Order> unique =
        new ArrayList<>(
            new java.util.LinkedHashMap<String, Order>() {
              {
                book.forEach(o -> putIfAbsent(o.id(), o));
              }
            }.values());
    for (boolean buys : new boolean[] {true, false}) {
      Order[] sorted = PrioritySortProperties.sorted(unique, buys);
      List<Order> expected = new ArrayList<>(unique);
      expected.sort(buys ? PriceTimePriority.BUYS : PriceTimePriority.SELLS);
      assertThat(sorted).containsExactlyElementsOf(expected);
    }
  }
}
