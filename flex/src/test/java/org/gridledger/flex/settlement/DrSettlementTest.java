package org.gridledger.flex.settlement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridledger.ledger.tx.DrDirection;
import org.gridledger.ledger.tx.DrInterval;
import org.junit.jupiter.api.Test;

/** The settlement rule against hand-computed cases. */
class DrSettlementTest {
  @Test
  void deliveryIsClampedPerIntervalAndPenaltyStartsBeyondTheTolerance() {
    // 2000 W over 15 min = 500 Wh per interval; baselines − measured: 400, 300, 334, 200
    Performance p =
        DrSettlement.perform(
            DrDirection.REDUCE,
            2_000,
            15,
            List.of(
                new DrInterval(1068, 668),
                new DrInterval(1084, 784),
                new DrInterval(1100, 766),
                new DrInterval(1043, 843)),
            10,
            400_003,
            200_007);
    assertThat(p.committedWh()).isEqualTo(2_000);
    assertThat(p.deliveredWh()).isEqualTo(1_234);
    assertThat(p.shortfallWh()).isEqualTo(766);
    assertThat(p.penalizedWh()).isEqualTo(566); // 766 − 10 % of 2000
    assertThat(p.rewardMicros()).isEqualTo(493_603); // ⌊1234 · 400,003 / 1000⌋
    assertThat(p.penaltyMicros()).isEqualTo(113_203); // ⌊566 · 200,007 / 1000⌋
  }

  @Test
  void overDeliveryIsNotRewardedAndTheWrongWayCountsAsNothing() {
    // 1000 W over 15 min = 250 Wh; deltas 300 (→ 250), −50 (→ 0)
    Performance p =
        DrSettlement.perform(
            DrDirection.REDUCE,
            1_000,
            15,
            List.of(new DrInterval(400, 100), new DrInterval(400, 450)),
            0,
            1_000_000,
            500_000);
    assertThat(p.deliveredWh()).isEqualTo(250);
    assertThat(p.penalizedWh()).isEqualTo(250);
    assertThat(p.rewardMicros()).isEqualTo(250_000);
    assertThat(p.penaltyMicros()).isEqualTo(125_000);
  }

  @Test
  void anIncreaseIsMeasuredAboveTheBaseline() {
    // 600 W over 30 min = 300 Wh; measured − baseline: 310 (→ 300), −20 (→ 0), 120
    Performance p =
        DrSettlement.perform(
            DrDirection.INCREASE,
            600,
            30,
            List.of(new DrInterval(-200, 110), new DrInterval(50, 30), new DrInterval(0, 120)),
            50,
            90_000,
            30_000);
    assertThat(p.committedWh()).isEqualTo(900);
    assertThat(p.deliveredWh()).isEqualTo(420);
    assertThat(p.penalizedWh()).isEqualTo(30); // 480 − 450
    assertThat(p.rewardMicros()).isEqualTo(37_800);
    assertThat(p.penaltyMicros()).isEqualTo(900);
  }
}
