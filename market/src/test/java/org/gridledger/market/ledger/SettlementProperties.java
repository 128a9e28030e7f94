package org.gridledger.market.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.ClearInterval;
import org.gridledger.ledger.tx.GridVerdict;
import org.gridledger.ledger.tx.MeterEnergy;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.tx.SettleInterval;
import org.gridledger.ledger.tx.TradeVerdict;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;

/**
 * Over random books, verdicts (or none) and meter data: money is conserved to the micro-unit, every
 * escrow ends empty, no participant's own balance goes negative (unpaid consumption goes to
 * arrears), no trade is above its buyer's limit or below its seller's, and each participant's bill
 * lines add up to exactly what its balance moved by.
 */
class SettlementProperties {

  @Property(tries = 25)
  void settlementConservesMoneyAndBillsWhatMoved(@ForAll long seed) throws IOException {
    Random random = new Random(seed);
    Path dir = Files.createTempDirectory("gl-settle");
    try (MarketFixture m = new MarketFixture(dir, seed)) {
      int n = 3 + random.nextInt(6);
      List<KeyPair> people = new ArrayList<>();
      long[] opening = new long[n];
      for (int i = 0; i < n; i++) {
        opening[i] = random.nextInt(3) == 0 ? 50_000 : 2_000_000;
        people.add(m.member("p" + i, opening[i], "m" + i, String.valueOf(2 + random.nextInt(4))));
      }
      m.ledger.at(MarketFixture.START - 30 * 60_000);
      List<Transaction> orders = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        OrderSide side = random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL;
        for (int k = random.nextInt(3); k > 0; k--) {
          orders.add(
              m.order(
                  people.get(i),
                  side,
                  1 + random.nextInt(2000),
                  50_000 + random.nextInt(200_000),
                  "m" + i));
        }
      }
      m.ledger.commit(orders);
      m.dso(MarketFixture.START - 4 * 60_000, new ClearInterval(MarketFixture.START));
      List<TradeRecord> trades = MarketState.trades(m.ledger.store, MarketFixture.START);
      if (random.nextBoolean()) {
        List<TradeVerdict> verdicts = new ArrayList<>();
        for (TradeRecord t : trades) {
          long cut = random.nextInt(3) == 0 ? random.nextLong(t.energyWh() + 1) : 0;
          verdicts.add(
              new TradeVerdict(
                  t.index(),
                  Energy.wh(cut),
                  Price.microsPerKwh(random.nextInt(40_001)),
                  cut > 0 ? "line at 105 %" : ""));
        }
        m.dso(MarketFixture.START - 3 * 60_000, new GridVerdict(MarketFixture.START, verdicts));
      }
      List<MeterEnergy> meters = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        meters.add(
            new MeterEnergy(
                "m" + i,
                Energy.wh(random.nextInt(3000)),
                Energy.wh(random.nextInt(3000)),
                random.nextInt(5) == 0));
      }
      meters.sort(java.util.Comparator.comparing(MeterEnergy::meterId));
      m.dso(MarketFixture.START + 16 * 60_000, new SettleInterval(MarketFixture.START, meters));

      assertThat(m.ledger.sumOfAllBalances()).isZero();
      for (TradeRecord t : MarketState.trades(m.ledger.store, MarketFixture.START)) {
        assertThat(Accounts.balance(m.ledger.store, MarketState.escrow(t.buyOrder())).micros())
            .isZero();
        OrderRecord buy = MarketState.order(m.ledger.store, t.buyOrder()).orElseThrow();
        OrderRecord sell = MarketState.order(m.ledger.store, t.sellOrder()).orElseThrow();
        assertThat(t.pricePerKwh()).isBetween(sell.limitPerKwh(), buy.limitPerKwh());
      }
      for (int i = 0; i < n; i++) {
        KeyPair p = people.get(i);
        long balance = m.ledger.balance(p);
        long arrears =
            Accounts.balance(m.ledger.store, AccountId.arrearsOf(p.publicKey())).micros();
        assertThat(balance).isNotNegative();
        assertThat(arrears).isNotPositive();
        long billed =
            Bills.lines(m.ledger.store, p.publicKey(), "2026-01").stream()
                .mapToLong(BillLine::netMicros)
                .sum();
        assertThat(balance + arrears - opening[i]).as("participant %d's bill", i).isEqualTo(billed);
      }
    }
  }
}
