package org.gridledger.market.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridledger.market.agents.AgentFixtures.QUARTER;
import static org.gridledger.market.agents.AgentFixtures.TARIFF;
import static org.gridledger.market.agents.AgentFixtures.seeded;

import java.util.List;
import java.util.random.RandomGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.gridledger.market.order.Side;
import org.junit.jupiter.api.Test;

class ZicAgentTest {

  private final ZicAgent agent = new ZicAgent();

  @Property(tries = 200)
  void neverBidsALossMakingPrice(
      @ForAll @LongRange(max = 5000) long load,
      @ForAll @LongRange(max = 5000) long pv,
      @ForAll @LongRange(max = 200_000) long feedIn,
      @ForAll @LongRange(max = 200_000) long spread,
      @ForAll long seed) {
    Tariff tariff = new Tariff(feedIn + spread, feedIn);
    List<OrderIntent> intents =
        agent.intents(Home.withoutBattery("h", load, pv), QUARTER, tariff, seeded(seed));

    assertThat(intents).hasSize(load == pv ? 0 : 1);
    for (OrderIntent intent : intents) {
      assertThat(intent.limitPricePerKwh()).isBetween(feedIn, feedIn + spread);
      assertThat(intent.side()).isEqualTo(pv > load ? Side.SELL : Side.BUY);
      assertThat(intent.energyWh()).isEqualTo(Math.abs(pv - load));
    }
  }

  @Test
  void isDeterministicForASeed() {
    Home home = Home.withoutBattery("h", 900, 0);

    assertThat(draw(home, seeded(7))).isEqualTo(draw(home, seeded(7)));
    assertThat(draw(home, seeded(7))).isNotEqualTo(draw(home, seeded(8)));
  }

  @Test
  void spreadsPricesOverTheWholeRange() {
    RandomGenerator random = seeded(3);
    Home home = Home.withoutBattery("h", 900, 0);
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < 2000; i++) {
      long price = agent.intents(home, QUARTER, TARIFF, random).get(0).limitPricePerKwh();
      min = Math.min(min, price);
      max = Math.max(max, price);
    }
    assertThat(min).isLessThan(90_000);
    assertThat(max).isGreaterThan(290_000);
  }

  private List<Long> draw(Home home, RandomGenerator random) {
    return java.util.stream.IntStream.range(0, 20)
        .mapToObj(i -> agent.intents(home, QUARTER, TARIFF, random).get(0).limitPricePerKwh())
        .toList();
  }
}
