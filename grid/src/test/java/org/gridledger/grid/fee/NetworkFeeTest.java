package org.gridledger.grid.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.gridledger.grid.model.Ieee33Feeder;
import org.gridledger.grid.model.LvFeederGenerator;
import org.gridledger.grid.model.LvFeederSpec;
import org.junit.jupiter.api.Test;

class NetworkFeeTest {

  @Test
  void distanceIsPathImpedanceInPerUnitAndFeeFollowsTariff() {
    var lv = LvFeederGenerator.generate(LvFeederSpec.defaults());
    NetworkFee fee = new NetworkFee(lv, new NetworkTariff(10_000, 50_000, 80_000));
    double section = Math.hypot(0.00208, 0.0008) / (0.4 * 0.4);
    assertThat(fee.distancePu("F1-3", "F1-5")).isCloseTo(2 * section, within(1e-12));
    assertThat(fee.distancePu("F1-1", "F2-1")).isCloseTo(2 * section, within(1e-12));
    assertThat(fee.microPerKwh("F1-3", "F1-3")).isEqualTo(10_000);
    assertThat(fee.microPerKwh("F1-3", "F1-5"))
        .isEqualTo(10_000 + Math.round(50_000 * 2 * section));
    assertThat(fee.microPerKwh("F1-30", "F3-30"))
        .isEqualTo(10_000 + Math.round(50_000 * 60 * section));
    NetworkFee capped = new NetworkFee(lv, new NetworkTariff(10_000, 50_000, 40_000));
    assertThat(capped.microPerKwh("F1-30", "F3-30")).isEqualTo(40_000);
    assertThat(fee.microPerKwh("F1-3", "F1-5")).isEqualTo(fee.microPerKwh("F1-5", "F1-3"));
    assertThatThrownBy(() -> fee.microPerKwh("F1-3", "nowhere"))
        .hasMessageContaining("unknown bus nowhere");
  }

  @Test
  void mediumVoltageDistancesAreSmallInPerUnit() {
    NetworkFee fee = new NetworkFee(Ieee33Feeder.create(), NetworkTariff.defaults());
    double z12 = Math.hypot(0.0922, 0.0470) / (12.66 * 12.66);
    assertThat(fee.distancePu("1", "2")).isCloseTo(z12, within(1e-12));
    assertThat(fee.microPerKwh("1", "18")).isBetween(10_000L, 20_000L);
    assertThatThrownBy(() -> new NetworkTariff(10, 1, 5)).hasMessageContaining("tariff");
  }
}
