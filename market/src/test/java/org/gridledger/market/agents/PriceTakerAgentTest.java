package org.gridledger.market.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridledger.market.agents.AgentFixtures.QUARTER;
import static org.gridledger.market.agents.AgentFixtures.TARIFF;
import static org.gridledger.market.agents.AgentFixtures.seeded;

import java.time.Instant;
import org.gridledger.market.order.Order;
import org.gridledger.market.order.Side;
import org.junit.jupiter.api.Test;

class PriceTakerAgentTest {

  private final PriceTakerAgent agent = new PriceTakerAgent();

  @Test
  void buysADeficitAtTheImportPrice() {
    assertThat(agent.intents(Home.withoutBattery("h", 700, 200), QUARTER, TARIFF, seeded(1)))
        .containsExactly(new OrderIntent(Side.BUY, 500, 300_000));
  }

  @Test
  void sellsASurplusLeftAfterChargingAtTheFeedInPrice() {
    Home home = new Home("h", 200, 1900, 9_800, 10_000, 4_000);

    assertThat(agent.intents(home, QUARTER, TARIFF, seeded(1)))
        .containsExactly(new OrderIntent(Side.SELL, 1500, 80_000));
  }

  @Test
  void staysOutWhenTheBatteryBalancesTheHome() {
    Home home = new Home("h", 900, 100, 5_000, 10_000, 4_000);

    assertThat(agent.intents(home, QUARTER, TARIFF, seeded(1))).isEmpty();
  }

  @Test
  void anIntentBecomesAnOrder() {
    Instant at = Instant.parse("2026-06-01T11:00:00Z");

    assertThat(new OrderIntent(Side.SELL, 10, 99).toOrder("o", "p", "3", at))
        .isEqualTo(Order.sell("o", "p", "3", 10, 99, at));
  }
}
