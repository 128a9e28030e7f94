package org.gridledger.market.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridledger.market.agents.AgentFixtures.QUARTER;
import static org.gridledger.market.agents.AgentFixtures.TARIFF;
import static org.gridledger.market.agents.AgentFixtures.seeded;

import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.gridledger.market.order.Side;
import org.junit.jupiter.api.Test;

class BatteryStrategyTest {

  /** 4 kW moves 1000 Wh in a quarter hour. */
  private static final Home HALF_FULL = new Home("h", 0, 0, 5_000, 10_000, 4_000);

  private static BatteryStrategy after(long... prices) {
    BatteryStrategy strategy = new BatteryStrategy(8, 25, 75, 4);
    for (long price : prices) {
      strategy.observe(OptionalLong.of(price));
    }
    return strategy;
  }

  private static List<OrderIntent> intents(BatteryStrategy strategy, Home home) {
    return strategy.intents(home, QUARTER, TARIFF, seeded(1));
  }

  @Test
  void holdsWithoutEnoughHistory() {
    BatteryStrategy strategy = after(100_000, 200_000);

    assertThat(strategy.mode(TARIFF)).isEqualTo(BatteryStrategy.Mode.HOLD);
    assertThat(intents(strategy, HALF_FULL.withSoc(5_000))).isEmpty();
    assertThat(intents(strategy, new Home("h", 3000, 0, 500, 10_000, 4_000)))
        .containsExactly(new OrderIntent(Side.BUY, 2500, 300_000));
  }

  @Test
  void bidsItsFreeRoomAtTheLowThresholdWhenPricesAreLow() {
    BatteryStrategy strategy = after(150_000, 200_000, 250_000, 120_000, 100_000);

    assertThat(strategy.mode(TARIFF)).isEqualTo(BatteryStrategy.Mode.CHARGE);
    assertThat(intents(strategy, HALF_FULL))
        .containsExactly(new OrderIntent(Side.BUY, 1000, 120_000));
    assertThat(intents(strategy, new Home("h", 400, 0, 9_700, 10_000, 4_000)))
        .containsExactly(
            new OrderIntent(Side.BUY, 400, 300_000), new OrderIntent(Side.BUY, 300, 120_000));
  }

  @Test
  void storesOwnSurplusBeforeBuyingWhenPricesAreLow() {
    BatteryStrategy strategy = after(150_000, 200_000, 250_000, 100_000);

    assertThat(intents(strategy, new Home("h", 0, 600, 0, 10_000, 4_000)))
        .containsExactly(new OrderIntent(Side.BUY, 400, 100_000));
    assertThat(intents(strategy, new Home("h", 0, 1600, 0, 10_000, 4_000)))
        .containsExactly(new OrderIntent(Side.SELL, 600, 80_000));
  }

  @Test
  void offersItsChargeAtTheHighThresholdWhenPricesAreHigh() {
    BatteryStrategy strategy = after(150_000, 200_000, 100_000, 250_000);

    assertThat(strategy.mode(TARIFF)).isEqualTo(BatteryStrategy.Mode.DISCHARGE);
    assertThat(intents(strategy, HALF_FULL))
        .containsExactly(new OrderIntent(Side.SELL, 1000, 200_000));
    assertThat(intents(strategy, new Home("h", 300, 0, 5_000, 10_000, 4_000)))
        .containsExactly(new OrderIntent(Side.SELL, 700, 200_000));
    assertThat(intents(strategy, new Home("h", 1300, 0, 5_000, 10_000, 4_000)))
        .containsExactly(new OrderIntent(Side.BUY, 300, 300_000));
    assertThat(intents(strategy, new Home("h", 0, 500, 200, 10_000, 4_000)))
        .containsExactly(
            new OrderIntent(Side.SELL, 500, 80_000), new OrderIntent(Side.SELL, 200, 200_000));
  }

  @Test
  void skipsIntervalsWhereNothingCleared() {
    BatteryStrategy strategy = after(150_000, 200_000, 100_000, 250_000);
    strategy.observe(OptionalLong.empty());

    assertThat(strategy.mode(TARIFF)).isEqualTo(BatteryStrategy.Mode.DISCHARGE);
  }

  @Property(tries = 300)
  void staysOnOneSideWithinItsLimits(
      @ForAll @Size(max = 12) List<@LongRange(min = 80_000, max = 300_000) Long> history,
      @ForAll @LongRange(max = 4000) long load,
      @ForAll @LongRange(max = 4000) long pv,
      @ForAll @LongRange(max = 10_000) long soc) {
    BatteryStrategy strategy = after(history.stream().mapToLong(Long::longValue).toArray());
    Home home = new Home("h", load, pv, soc, 10_000, 4_000);

    List<OrderIntent> intents = intents(strategy, home);

    assertThat(intents.stream().map(OrderIntent::side).distinct()).hasSizeLessThanOrEqualTo(1);
    long bought =
        intents.stream().filter(i -> i.side() == Side.BUY).mapToLong(OrderIntent::energyWh).sum();
    long sold =
        intents.stream().filter(i -> i.side() == Side.SELL).mapToLong(OrderIntent::energyWh).sum();
    assertThat(bought).isLessThanOrEqualTo(Math.max(load - pv, 0) + home.chargeRoomWh(900_000));
    assertThat(sold).isLessThanOrEqualTo(Math.max(pv - load, 0) + home.dischargeableWh(900_000));
    assertThat(intents)
        .allSatisfy(
            i ->
                assertThat(i.limitPricePerKwh())
                    .isBetween(TARIFF.feedInPricePerKwh(), TARIFF.importPricePerKwh()));
  }

  @Test
  void aWindowReportsNearestRankQuantiles() {
    PriceWindow window = new PriceWindow(4);
    for (long p : new long[] {50, 10, 40, 30, 20}) {
      window.add(p);
    }
    assertThat(window.size()).isEqualTo(4);
    assertThat(window.latest()).isEqualTo(20);
    assertThat(window.quantile(0)).isEqualTo(10);
    assertThat(window.quantile(50)).isEqualTo(20);
    assertThat(window.quantile(100)).isEqualTo(40);
  }
}
