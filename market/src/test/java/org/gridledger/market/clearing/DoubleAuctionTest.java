package org.gridledger.market.clearing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridledger.market.clearing.Books.buy;
import static org.gridledger.market.clearing.Books.sell;

import java.util.List;
import java.util.OptionalLong;
import org.gridledger.market.PricingRule;
import org.gridledger.market.order.Order;
import org.gridledger.market.order.Side;
import org.junit.jupiter.api.Test;

class DoubleAuctionTest {

  /** Crosses at b2 (250 000) against s2 (200 000); b2 is partly filled. */
  private static final List<Order> BOOK =
      List.of(
          buy("b1", "A", 1000, 300_000, 0),
          buy("b2", "B", 2000, 250_000, 0),
          buy("b3", "A", 1000, 100_000, 0),
          sell("s1", "B", 1500, 150_000, 0),
          sell("s2", "A", 1000, 200_000, 0),
          sell("s3", "C", 1000, 260_000, 0));

  private static ClearingResult clear(PricingRule rule, List<Order> orders) {
    return new DoubleAuction(rule, ElectricalDistance.UNIFORM).clear(orders);
  }

  @Test
  void payAsClearPricesEveryTradeAtTheMidpointOfTheMarginalBidAndAsk() {
    ClearingResult result = clear(PricingRule.PAY_AS_CLEAR, BOOK);

    assertThat(result.clearingPricePerKwh()).hasValue(225_000);
    assertThat(result.trades())
        .containsExactly(
            new Trade("b1", "s2", "P-b1", "P-s2", "A", "A", 1000, 225_000),
            new Trade("b2", "s1", "P-b2", "P-s1", "B", "B", 1500, 225_000));
    assertThat(result.unmatched())
        .containsExactly(
            new Unmatched("b2", Side.BUY, "P-b2", 500),
            new Unmatched("b3", Side.BUY, "P-b3", 1000),
            new Unmatched("s3", Side.SELL, "P-s3", 1000));
    assertThat(result.matchedEnergyWh()).isEqualTo(2500);
  }

  @Test
  void payAsBidPricesEveryTradeAtItsBuyersLimit() {
    ClearingResult result = clear(PricingRule.PAY_AS_BID, BOOK);

    assertThat(result.rule()).isEqualTo(PricingRule.PAY_AS_BID);
    assertThat(result.clearingPricePerKwh()).hasValue(225_000);
    assertThat(result.trades())
        .extracting(Trade::buyOrderId, Trade::sellOrderId, Trade::energyWh, Trade::pricePerKwh)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("b1", "s2", 1000L, 300_000L),
            org.assertj.core.groups.Tuple.tuple("b2", "s1", 1500L, 250_000L));
  }

  @Test
  void nothingClearsWhenTheBestBidIsBelowTheBestAsk() {
    ClearingResult result =
        clear(
            PricingRule.PAY_AS_CLEAR,
            List.of(buy("b", "A", 100, 99, 0), sell("s", "A", 100, 100, 0)));

    assertThat(result.clearingPricePerKwh()).isEmpty();
    assertThat(result.trades()).isEmpty();
    assertThat(result.unmatched()).extracting(Unmatched::orderId).containsExactly("b", "s");
  }

  @Test
  void anEmptyBookClearsNothing() {
    ClearingResult result = clear(PricingRule.PAY_AS_CLEAR, List.of());

    assertThat(result.clearingPricePerKwh()).isEqualTo(OptionalLong.empty());
    assertThat(result.trades()).isEmpty();
    assertThat(result.unmatched()).isEmpty();
  }

  @Test
  void theMidpointIsRoundedDownAlsoForNegativePrices() {
    assertThat(
            clear(
                    PricingRule.PAY_AS_CLEAR,
                    List.of(buy("b", "A", 10, 201, 0), sell("s", "A", 10, 100, 0)))
                .clearingPricePerKwh())
        .hasValue(150);
    assertThat(
            clear(
                    PricingRule.PAY_AS_CLEAR,
                    List.of(buy("b", "A", 10, -100, 0), sell("s", "A", 10, -201, 0)))
                .clearingPricePerKwh())
        .hasValue(-151);
  }

  @Test
  void atEqualPriceTheEarlierOrderTradesFirstThenTheSmallerId() {
    List<Order> book =
        List.of(
            buy("b", "A", 1000, 200, 0),
            sell("late", "A", 1000, 100, 5),
            sell("zz-early", "A", 1000, 100, 1),
            sell("aa-early", "A", 1000, 100, 1));

    ClearingResult result = clear(PricingRule.PAY_AS_CLEAR, book);

    assertThat(result.trades()).extracting(Trade::sellOrderId).containsExactly("aa-early");
    assertThat(result.unmatched())
        .extracting(Unmatched::orderId)
        .containsExactly("zz-early", "late");
  }

  @Test
  void aBuyIsSplitAcrossSellersAndTheMarginalSellIsPartlyFilled() {
    List<Order> book =
        List.of(
            buy("b", "A", 2500, 500, 0),
            sell("s1", "A", 1000, 100, 0),
            sell("s2", "A", 1000, 200, 0),
            sell("s3", "A", 1000, 300, 0));

    ClearingResult result = clear(PricingRule.PAY_AS_CLEAR, book);

    assertThat(result.clearingPricePerKwh()).hasValue(400);
    assertThat(result.trades())
        .extracting(Trade::sellOrderId, Trade::energyWh)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("s1", 1000L),
            org.assertj.core.groups.Tuple.tuple("s2", 1000L),
            org.assertj.core.groups.Tuple.tuple("s3", 500L));
    assertThat(result.unmatched()).containsExactly(new Unmatched("s3", Side.SELL, "P-s3", 500));
  }

  @Test
  void rejectsANegativeDistance() {
    DoubleAuction auction = new DoubleAuction(PricingRule.PAY_AS_CLEAR, (a, b) -> -1);
    List<Order> book = List.of(buy("b", "A", 10, 100, 0), sell("s", "B", 10, 100, 0));

    assertThatThrownBy(() -> auction.clear(book))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void boundsTheCandidateBuses() {
    assertThatThrownBy(
            () -> new DoubleAuction(PricingRule.PAY_AS_CLEAR, ElectricalDistance.UNIFORM, 0))
        .hasMessageContaining("candidateBuses");
    assertThatThrownBy(
            () -> new DoubleAuction(PricingRule.PAY_AS_CLEAR, ElectricalDistance.UNIFORM, 1025))
        .hasMessageContaining("candidateBuses");
  }
}
