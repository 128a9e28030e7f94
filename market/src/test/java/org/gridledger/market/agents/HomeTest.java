package org.gridledger.market.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HomeTest {

  private static final long QUARTER_MS = 900_000;

  @Test
  void batteryPowerBoundsTheEnergyOfAnInterval() {
    Home home = new Home("h", 0, 0, 9_500, 10_000, 4_000);

    assertThat(home.batteryEnergyPerIntervalWh(QUARTER_MS)).isEqualTo(1000);
    assertThat(home.chargeRoomWh(QUARTER_MS)).isEqualTo(500);
    assertThat(home.dischargeableWh(QUARTER_MS)).isEqualTo(1000);
    assertThat(home.withSoc(200).dischargeableWh(QUARTER_MS)).isEqualTo(200);
  }

  @Test
  void selfConsumptionUsesTheBatteryFirst() {
    assertThat(
            new Home("h", 500, 2000, 0, 10_000, 4_000).residualAfterSelfConsumptionWh(QUARTER_MS))
        .isEqualTo(500);
    assertThat(
            new Home("h", 1800, 0, 300, 10_000, 4_000).residualAfterSelfConsumptionWh(QUARTER_MS))
        .isEqualTo(-1500);
    assertThat(Home.withoutBattery("h", 100, 40).residualAfterSelfConsumptionWh(QUARTER_MS))
        .isEqualTo(-60);
  }

  @Test
  void refusesImpossibleStates() {
    assertThatThrownBy(() -> new Home("h", -1, 0, 0, 0, 0)).hasMessageContaining("loadWh");
    assertThatThrownBy(() -> new Home("h", 0, 0, 11, 10, 0)).hasMessageContaining("batterySocWh");
    assertThatThrownBy(() -> new Tariff(1, 2)).hasMessageContaining("feedInPricePerKwh");
    assertThatThrownBy(() -> new OrderIntent(org.gridledger.market.order.Side.BUY, 0, 1))
        .hasMessageContaining("energyWh");
  }
}
