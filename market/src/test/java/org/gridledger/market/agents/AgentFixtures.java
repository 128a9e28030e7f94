package org.gridledger.market.agents;

import java.time.Instant;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.gridledger.market.interval.IntervalSchedule;
import org.gridledger.market.interval.MarketInterval;

final class AgentFixtures {

  /** A quarter hour: a 4 kW battery moves 1000 Wh in it. */
  static final MarketInterval QUARTER =
      IntervalSchedule.defaults().intervalAt(Instant.parse("2026-06-01T12:00:00Z"));

  static final Tariff TARIFF = new Tariff(300_000, 80_000);

  private AgentFixtures() {}

  static RandomGenerator seeded(long seed) {
    return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
  }
}
