package org.gridledger.market.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.gridledger.market.clearing.Books.buy;
import static org.gridledger.market.clearing.Books.sell;

import java.util.List;
import java.util.Map;
import org.gridledger.market.PricingRule;
import org.gridledger.market.order.Order;
import org.junit.jupiter.api.Test;

class DistancePreferenceTest {

  /** X is next to X2 and Y next to Y2; across is far. */
  private static final ElectricalDistance FEEDER =
      (a, b) ->
          a.equals(b)
              ? 0
              : Map.of("X", "X2", "X2", "X", "Y", "Y2", "Y2", "Y").get(a).equals(b) ? 1 : 10;

  private static final List<Order> BOOK =
      List.of(
          buy("b1", "X", 1000, 300, 0),
          buy("b2", "Y", 1000, 300, 1),
          sell("s1", "Y2", 1000, 100, 0),
          sell("s2", "X2", 1000, 100, 1));

  @Test
  void withoutDistancesPairsFollowPriority() {
    ClearingResult result =
        new DoubleAuction(PricingRule.PAY_AS_CLEAR, ElectricalDistance.UNIFORM).clear(BOOK);

    assertThat(result.trades())
        .extracting(Trade::buyOrderId, Trade::sellOrderId)
        .containsExactly(tuple("b1", "s1"), tuple("b2", "s2"));
  }

  @Test
  void electricallyClosePairsArePreferredAtEqualPrice() {
    ClearingResult result = new DoubleAuction(PricingRule.PAY_AS_CLEAR, FEEDER).clear(BOOK);

    assertThat(result.trades())
        .extracting(Trade::buyOrderId, Trade::sellOrderId, Trade::buyerBus, Trade::sellerBus)
        .containsExactly(tuple("b1", "s2", "X", "X2"), tuple("b2", "s1", "Y", "Y2"));
  }

  @Test
  void theSameBusComesFirstWhateverTheDistance() {
    List<Order> book =
        List.of(
            buy("b1", "X", 1000, 300, 0),
            buy("b2", "Y", 1000, 300, 1),
            sell("s1", "X2", 1000, 100, 0),
            sell("s2", "Y", 1000, 100, 1));

    ClearingResult result =
        new DoubleAuction(PricingRule.PAY_AS_CLEAR, ElectricalDistance.UNIFORM).clear(book);

    assertThat(result.trades())
        .extracting(Trade::buyOrderId, Trade::sellOrderId)
        .containsExactly(tuple("b1", "s1"), tuple("b2", "s2"));
  }

  @Test
  void distanceNeverChangesWhoTradesOrHowMuch() {
    ClearingResult near = new DoubleAuction(PricingRule.PAY_AS_BID, FEEDER).clear(BOOK);
    ClearingResult plain =
        new DoubleAuction(PricingRule.PAY_AS_BID, ElectricalDistance.UNIFORM).clear(BOOK);

    assertThat(near.unmatched()).isEqualTo(plain.unmatched());
    assertThat(near.matchedEnergyWh()).isEqualTo(plain.matchedEnergyWh());
    assertThat(near.clearingPricePerKwh()).isEqualTo(plain.clearingPricePerKwh());
  }

  @Test
  void busesBeyondTheCandidateBoundArePairedInPriorityOrder() {
    ClearingResult result = new DoubleAuction(PricingRule.PAY_AS_CLEAR, FEEDER, 1).clear(BOOK);

    assertThat(result.trades())
        .extracting(Trade::buyOrderId, Trade::sellOrderId)
        .containsExactly(tuple("b1", "s1"), tuple("b2", "s2"));
  }
}
