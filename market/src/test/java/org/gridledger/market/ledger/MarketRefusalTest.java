package org.gridledger.market.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.tx.CancelOrder;
import org.gridledger.ledger.tx.ClearInterval;
import org.gridledger.ledger.tx.GridVerdict;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.tx.PlaceOrder;
import org.gridledger.ledger.tx.TradeVerdict;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad market request is refused with its reason and leaves the state as it was. */
class MarketRefusalTest {
  static final long S = MarketFixture.START;
  @TempDir Path dir;
  MarketFixture m;
  KeyPair seller;
  KeyPair buyer;

  @BeforeEach
  void setUp() {
    m = new MarketFixture(dir, 21);
    seller = m.member("Seller", 1_000_000, "m1", "3");
    buyer = m.member("Buyer", 1_000_000, "m2", "4");
  }

  @AfterEach
  void tearDown() {
    m.close();
  }

  private Transaction order(
      KeyPair who, long start, OrderSide side, long wh, long price, String meter) {
    return m.ledger.sign(
        who, new PlaceOrder(start, side, Energy.wh(wh), Price.microsPerKwh(price), meter));
  }

  @Test
  void ordersOutsideTheirWindow() {
    assertThat(m.refusal(S - 4 * 60_000, order(buyer, S, OrderSide.BUY, 100, 100_000, "m2")))
        .isEqualTo(Reason.OUT_OF_WINDOW);
    assertThat(
            m.refusal(
                S - 4 * 60_000, order(buyer, S - 15 * 60_000, OrderSide.BUY, 100, 100_000, "m2")))
        .isEqualTo(Reason.OUT_OF_WINDOW);
    assertThat(
            m.refusal(
                S - 4 * 60_000, order(buyer, S + 7 * 60_000, OrderSide.BUY, 100, 100_000, "m2")))
        .isEqualTo(Reason.OUT_OF_WINDOW);
    assertThat(
            m.refusal(
                S - 4 * 60_000,
                order(buyer, S + 48 * 3_600_000L, OrderSide.BUY, 100, 100_000, "m2")))
        .isEqualTo(Reason.OUT_OF_WINDOW);
  }

  @Test
  void absurdQuantitiesAndPrices() {
    long t = S - 30 * 60_000;
    assertThat(m.refusal(t, order(buyer, S, OrderSide.BUY, 2_000_000, 100_000, "m2")))
        .isEqualTo(Reason.OUT_OF_BOUNDS);
    assertThat(m.refusal(t, order(buyer, S, OrderSide.BUY, 100, 3_000_000, "m2")))
        .isEqualTo(Reason.OUT_OF_BOUNDS);
  }

  @Test
  void escrowAboveTheBalance() {
    assertThat(m.refusal(S - 30 * 60_000, order(buyer, S, OrderSide.BUY, 900_000, 1_500_000, "m2")))
        .isEqualTo(Reason.INSUFFICIENT_FUNDS);
  }

  @Test
  void sellingWithoutAnOwnMeter() {
    assertThat(m.refusal(S - 30 * 60_000, order(seller, S, OrderSide.SELL, 100, 100_000, "m2")))
        .isEqualTo(Reason.NO_EXPORT_METER);
    assertThat(
            m.refusal(
                S - 30 * 60_000, order(seller, S, OrderSide.SELL, 100, 100_000, "no-such-meter")))
        .isEqualTo(Reason.NO_EXPORT_METER);
  }

  @Test
  void selfTrade() {
    m.ledger.at(S - 30 * 60_000);
    m.ledger.commit(order(seller, S, OrderSide.SELL, 100, 100_000, "m1"));
    assertThat(m.refusal(S - 29 * 60_000, order(seller, S, OrderSide.BUY, 100, 200_000, "m1")))
        .isEqualTo(Reason.SELF_TRADE);
  }

  @Test
  void cancellingSomeoneElsesOrLateOrUnknownOrders() {
    m.ledger.at(S - 30 * 60_000);
    Transaction first = order(buyer, S, OrderSide.BUY, 100, 100_000, "m2");
    Transaction second = order(buyer, S, OrderSide.BUY, 200, 100_000, "m2");
    m.ledger.commit(first, second);
    assertThat(m.refusal(S - 29 * 60_000, m.ledger.sign(seller, new CancelOrder(first.hash()))))
        .isEqualTo(Reason.UNAUTHORIZED_ROLE);
    assertThat(
            m.refusal(
                S - 29 * 60_000,
                m.ledger.sign(buyer, new CancelOrder(Hash.sha256(new byte[] {1})))))
        .isEqualTo(Reason.UNKNOWN_ORDER);
    long before = m.ledger.balance(buyer);
    m.ledger.at(S - 20 * 60_000);
    m.ledger.commit(m.ledger.sign(buyer, new CancelOrder(first.hash())));
    assertThat(m.ledger.balance(buyer))
        .as("100 Wh × 140,000 µ/kWh back")
        .isEqualTo(before + 14_000);
    assertThat(m.refusal(S - 19 * 60_000, m.ledger.sign(buyer, new CancelOrder(first.hash()))))
        .isEqualTo(Reason.INVALID_STATE);
    assertThat(m.refusal(S - 2 * 60_000, m.ledger.sign(buyer, new CancelOrder(second.hash()))))
        .isEqualTo(Reason.OUT_OF_WINDOW);
  }

  @Test
  void verdictsNotFromTheDsoOrForTheWrongIntervalOrTooLate() {
    m.ledger.at(S - 30 * 60_000);
    m.ledger.commit(
        List.of(
            order(seller, S, OrderSide.SELL, 100, 100_000, "m1"),
            order(buyer, S, OrderSide.BUY, 100, 100_000, "m2")));
    GridVerdict verdict =
        new GridVerdict(S, List.of(new TradeVerdict(0, Energy.wh(0), Price.microsPerKwh(0), "")));
    assertThat(m.refusal(S - 4 * 60_000, m.ledger.sign(seller, new ClearInterval(S))))
        .isEqualTo(Reason.UNAUTHORIZED_ROLE);
    assertThat(m.refusal(S - 4 * 60_000, m.ledger.sign(m.ledger.dso, verdict)))
        .as("not cleared yet")
        .isEqualTo(Reason.INVALID_STATE);
    m.dso(S - 4 * 60_000, new ClearInterval(S));
    assertThat(m.refusal(S - 3 * 60_000, m.ledger.sign(seller, verdict)))
        .isEqualTo(Reason.UNAUTHORIZED_ROLE);
    assertThat(
            m.refusal(
                S - 3 * 60_000,
                m.ledger.sign(m.ledger.dso, new GridVerdict(S + 900_000, verdict.trades()))))
        .isEqualTo(Reason.INVALID_STATE);
    assertThat(
            m.refusal(S - 3 * 60_000, m.ledger.sign(m.ledger.dso, new GridVerdict(S, List.of()))))
        .isEqualTo(Reason.INVALID_PAYLOAD);
    assertThat(
            m.refusal(
                S - 3 * 60_000,
                m.ledger.sign(
                    m.ledger.dso,
                    new GridVerdict(
                        S,
                        List.of(
                            new TradeVerdict(
                                0, Energy.wh(101), Price.microsPerKwh(0), "too much"))))))
        .isEqualTo(Reason.INVALID_PAYLOAD);
    assertThat(m.refusal(S + 60_000, m.ledger.sign(m.ledger.dso, verdict)))
        .isEqualTo(Reason.OUT_OF_WINDOW);
  }

  @Test
  void clearingBeforeTheGateOrTwice() {
    assertThat(m.refusal(S - 10 * 60_000, m.ledger.sign(m.ledger.dso, new ClearInterval(S))))
        .isEqualTo(Reason.OUT_OF_WINDOW);
    m.dso(S - 4 * 60_000, new ClearInterval(S));
    assertThat(m.refusal(S - 3 * 60_000, m.ledger.sign(m.ledger.dso, new ClearInterval(S))))
        .isEqualTo(Reason.INVALID_STATE);
  }
}
