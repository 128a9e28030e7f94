package org.gridledger.market.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridledger.market.MarketRules;
import org.gridledger.market.PricingRule;
import org.gridledger.market.interval.IntervalSchedule;
import org.gridledger.market.interval.MarketInterval;
import org.junit.jupiter.api.Test;

class OrderValidatorTest {

  private static final Instant T = Instant.parse("2026-01-01T10:00:00Z");
  private static final MarketRules RULES = new MarketRules(PricingRule.PAY_AS_CLEAR, 5000, 0, 1000);
  private static final OrderValidator VALIDATOR = new OrderValidator(RULES);

  private static Order buy(String id, String participant, long wh, long price, int second) {
    return Order.buy(id, participant, "1", wh, price, T.plusSeconds(second));
  }

  private static Order sell(String id, String participant, long wh, long price, int second) {
    return Order.sell(id, participant, "1", wh, price, T.plusSeconds(second));
  }

  private static OrderRefusal reason(Order order) {
    return VALIDATOR.check(order).orElseThrow().reason();
  }

  @Test
  void acceptsAnOrderWithinBounds() {
    assertThat(VALIDATOR.check(buy("o", "p", 5000, 1000, 0))).isEmpty();
    assertThat(VALIDATOR.check(sell("o", "p", 1, 0, 0))).isEmpty();
  }

  @Test
  void refusesZeroAndNegativeEnergy() {
    assertThat(reason(buy("o1", "p", 0, 10, 0))).isEqualTo(OrderRefusal.NON_POSITIVE_ENERGY);
    Refusal refusal = VALIDATOR.check(sell("o2", "p", -5, 10, 0)).orElseThrow();
    assertThat(refusal.reason()).isEqualTo(OrderRefusal.NON_POSITIVE_ENERGY);
    assertThat(refusal.message()).contains("order o2").contains("energy_wh").contains("-5");
  }

  @Test
  void refusesAbsurdEnergy() {
    Refusal refusal = VALIDATOR.check(buy("big", "p", 5001, 10, 0)).orElseThrow();
    assertThat(refusal.reason()).isEqualTo(OrderRefusal.ENERGY_TOO_LARGE);
    assertThat(refusal.message()).contains("order big").contains("5001").contains("5000");
  }

  @Test
  void refusesPricesOutOfBounds() {
    assertThat(reason(buy("o", "p", 1, -1, 0))).isEqualTo(OrderRefusal.PRICE_OUT_OF_BOUNDS);
    Refusal refusal = VALIDATOR.check(sell("o", "p", 1, 1001, 0)).orElseThrow();
    assertThat(refusal.reason()).isEqualTo(OrderRefusal.PRICE_OUT_OF_BOUNDS);
    assertThat(refusal.message()).contains("price_per_kwh 1001").contains("[0, 1000]");
  }

  @Test
  void refusesEveryOrderSharingAnId() {
    Validation v =
        VALIDATOR.validate(
            List.of(
                buy("x", "p1", 10, 10, 0), sell("x", "p2", 10, 10, 0), buy("y", "p3", 1, 1, 0)));

    assertThat(v.refused())
        .extracting(Refusal::orderId, Refusal::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("x", OrderRefusal.DUPLICATE_ID),
            org.assertj.core.groups.Tuple.tuple("x", OrderRefusal.DUPLICATE_ID));
    assertThat(v.refused().get(0).message()).contains("order x").contains("2 orders");
    assertThat(v.accepted()).extracting(Order::id).containsExactly("y");
  }

  @Test
  void theEarliestOrderOfAParticipantFixesItsSide() {
    Validation v =
        VALIDATOR.validate(
            List.of(
                sell("s-late", "p1", 10, 10, 9),
                buy("b-first", "p1", 10, 10, 1),
                buy("b-again", "p1", 10, 10, 5),
                sell("other", "p2", 10, 10, 0)));

    assertThat(v.accepted())
        .extracting(Order::id)
        .containsExactlyInAnyOrder("b-again", "b-first", "other");
    assertThat(v.refused()).hasSize(1);
    Refusal refusal = v.refused().get(0);
    assertThat(refusal.orderId()).isEqualTo("s-late");
    assertThat(refusal.reason()).isEqualTo(OrderRefusal.SELF_TRADE);
    assertThat(refusal.message()).contains("p1").contains("b-first");
  }

  @Test
  void aRefusedOrderDoesNotFixTheParticipantsSide() {
    Validation v =
        VALIDATOR.validate(List.of(buy("bad", "p1", 0, 10, 0), sell("good", "p1", 10, 10, 5)));

    assertThat(v.accepted()).extracting(Order::id).containsExactly("good");
    assertThat(v.refused())
        .extracting(Refusal::reason)
        .containsExactly(OrderRefusal.NON_POSITIVE_ENERGY);
  }

  @Test
  void refusesOrdersOutsideTheIntervalsWindow() {
    MarketInterval interval = IntervalSchedule.defaults().intervalAt(T.plusSeconds(3600));
    Instant opens = interval.opensAt();
    Instant gate = interval.gateClosure();

    assertThat(check(opens.minusMillis(1), interval)).hasValue(OrderRefusal.BEFORE_WINDOW);
    assertThat(check(opens, interval)).isEmpty();
    assertThat(check(gate.minusMillis(1), interval)).isEmpty();
    assertThat(check(gate, interval)).hasValue(OrderRefusal.AFTER_GATE_CLOSURE);
    Refusal late =
        VALIDATOR
            .validate(List.of(Order.buy("o", "p", "1", 1, 1, gate)), interval)
            .refused()
            .get(0);
    assertThat(late.message())
        .contains("order o")
        .contains("gate closure")
        .contains(gate.toString());
  }

  private static Optional<OrderRefusal> check(Instant time, MarketInterval interval) {
    return VALIDATOR.check(Order.sell("o", "p", "1", 1, 1, time), interval).map(Refusal::reason);
  }

  @Test
  void structurallyBrokenOrdersAreBugsNotRefusals() {
    assertThatThrownBy(() -> Order.buy(" ", "p", "1", 1, 1, T)).hasMessageContaining("id");
    assertThatThrownBy(() -> Order.buy("o", "p", "1", 1, 1, null)).hasMessageContaining("time");
  }

  @Test
  void rulesRefuseBoundsThatCouldOverflowATradesValue() {
    assertThatThrownBy(() -> new MarketRules(PricingRule.PAY_AS_CLEAR, Long.MAX_VALUE / 2, 0, 1000))
        .hasMessageContaining("overflow");
    assertThatThrownBy(() -> new MarketRules(PricingRule.PAY_AS_CLEAR, 10, 5, 4))
        .hasMessageContaining("minPricePerKwh");
    assertThatThrownBy(() -> new MarketRules(PricingRule.PAY_AS_CLEAR, 0, 0, 4))
        .hasMessageContaining("maxEnergyWh");
  }

  @Test
  void pricingRulesHaveExternalNames() {
    assertThat(PricingRule.parse("pay-as-bid")).isEqualTo(PricingRule.PAY_AS_BID);
    assertThat(PricingRule.PAY_AS_CLEAR.externalName()).isEqualTo("pay-as-clear");
    assertThatThrownBy(() -> PricingRule.parse("vickrey")).hasMessageContaining("pay-as-clear");
  }
}
