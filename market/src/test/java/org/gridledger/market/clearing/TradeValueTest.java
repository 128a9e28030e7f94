package org.gridledger.market.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TradeValueTest {

  @Test
  void roundsDownAndKeepsTheResidue() {
    assertThat(TradeValue.of(1500, 210_000)).isEqualTo(new TradeValue(315_000, 0));
    assertThat(TradeValue.of(1, 1_999)).isEqualTo(new TradeValue(1, 999));
    assertThat(TradeValue.of(7, 3)).isEqualTo(new TradeValue(0, 21));
  }

  @Test
  void roundsNegativeValuesTowardsNegativeInfinity() {
    TradeValue value = TradeValue.of(7, -3);

    assertThat(value).isEqualTo(new TradeValue(-1, 979));
    assertThat(value.microUnits() * 1000 + value.residueMilliMicros()).isEqualTo(-21);
  }

  @Test
  void refusesToOverflow() {
    assertThatThrownBy(() -> TradeValue.of(Long.MAX_VALUE, 2))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void aTradeKnowsItsValue() {
    Trade trade = new Trade("b", "s", "p1", "p2", "1", "2", 2500, 225_001);

    assertThat(trade.value()).isEqualTo(new TradeValue(562_502, 500));
  }

  @Test
  void aTradeCannotPairAParticipantWithItself() {
    assertThatThrownBy(() -> new Trade("b", "s", "p1", "p1", "1", "2", 1, 1))
        .hasMessageContaining("p1");
  }
}
