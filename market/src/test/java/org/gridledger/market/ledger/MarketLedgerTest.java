package org.gridledger.market.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.tx.ClearInterval;
import org.gridledger.ledger.tx.GridVerdict;
import org.gridledger.ledger.tx.MeterEnergy;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.tx.SettleInterval;
import org.gridledger.ledger.tx.TradeVerdict;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;
import org.gridledger.ledger.verify.ChainVerifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One interval end to end on a small feeder: orders, clearing, a verdict with a curtailment,
 * metered settlement and bills, every balance checked to the micro-unit against a hand computation
 * (the numbers are worked out in the comments).
 */
class MarketLedgerTest {
  static final long D = 1_000_000;
  static final long S = MarketFixture.START;
  @TempDir Path dir;

  @Test
  void anIntervalFromOrdersToBills() {
    try (MarketFixture m = new MarketFixture(dir, 11)) {
      KeyPair s1 = m.member("Seller 1", D, "m1", "3");
      KeyPair s2 = m.member("Seller 2", D, "m2", "5");
      KeyPair b1 = m.member("Buyer 1", D, "m3", "4");
      KeyPair b2 = m.member("Buyer 2", D, "m4", "2");
      m.ledger.at(S - 30 * 60_000);
      m.ledger.commit(
          List.of(
              m.order(s1, OrderSide.SELL, 1000, 100_000, "m1"),
              m.order(s2, OrderSide.SELL, 500, 150_000, "m2"),
              m.order(b1, OrderSide.BUY, 800, 250_000, "m3"),
              m.order(b2, OrderSide.BUY, 600, 120_000, "m4")));
      // escrow = energy × (limit + 40,000 highest fee): 232,000 and 96,000
      assertThat(m.ledger.balance(b1)).isEqualTo(D - 232_000);
      assertThat(m.ledger.balance(b2)).isEqualTo(D - 96_000);

      m.dso(S - 4 * 60_000, new ClearInterval(S));
      // B1 takes 800 from S1, B2 the 200 S1 has left; S2 (150,000) is above B2's 120,000.
      // Pay-as-clear at floor((120,000 + 100,000) / 2) = 110,000. B2 keeps escrow for 200 Wh only.
      List<TradeRecord> trades = MarketState.trades(m.ledger.store, S);
      assertThat(trades).extracting(TradeRecord::energyWh).containsExactly(800L, 200L);
      assertThat(trades).extracting(TradeRecord::pricePerKwh).containsOnly(110_000L);
      assertThat(trades.get(0).seller()).isEqualTo(s1.publicKey());
      assertThat(m.ledger.balance(b2)).isEqualTo(D - 32_000);

      m.dso(
          S - 3 * 60_000,
          new GridVerdict(
              S,
              List.of(
                  new TradeVerdict(
                      0, Energy.wh(200), Price.microsPerKwh(20_000), "line 3-4 at 104 % of rating"),
                  new TradeVerdict(1, Energy.wh(0), Price.microsPerKwh(10_000), ""))));
      // B1's 600 firm Wh need 174,000: 58,000 come back
      assertThat(m.ledger.balance(b1)).isEqualTo(D - 174_000);

      m.dso(
          S + 16 * 60_000,
          new SettleInterval(
              S,
              List.of(
                  meter("m1", 0, 900),
                  meter("m2", 0, 450),
                  meter("m3", 700, 0),
                  meter("m4", 150, 0))));
      // S1: 66,000 + 22,000 from trades, 100 Wh exported beyond its 800 at 80,000: 8,000
      assertThat(m.ledger.balance(s1)).isEqualTo(D + 96_000);
      // S2: sold nothing, 450 Wh fed in: 36,000
      assertThat(m.ledger.balance(s2)).isEqualTo(D + 36_000);
      // B1: 66,000 for 600 Wh, fee 12,000, 100 Wh beyond its contract at 300,000: 30,000
      assertThat(m.ledger.balance(b1)).isEqualTo(D - 108_000);
      // B2: 22,000 for 200 Wh, fee 2,000, took 50 Wh less than bought, fed back at 80,000: 4,000
      assertThat(m.ledger.balance(b2)).isEqualTo(D - 20_000);
      // the DSO: fees 14,000 + import 30,000 − feed-in 48,000
      assertThat(Accounts.balance(m.ledger.store, AccountId.GRID).micros()).isEqualTo(-4_000);
      assertThat(m.ledger.sumOfAllBalances()).isZero();
      for (TradeRecord t : trades) {
        assertThat(Accounts.balance(m.ledger.store, MarketState.escrow(t.buyOrder())).micros())
            .isZero();
      }

      List<BillLine> bill = Bills.lines(m.ledger.store, b1.publicKey(), "2026-01");
      assertThat(bill)
          .singleElement()
          .satisfies(
              line -> {
                assertThat(line.boughtWh()).isEqualTo(600);
                assertThat(line.paidMicros()).isEqualTo(66_000);
                assertThat(line.feesMicros()).isEqualTo(12_000);
                assertThat(line.gridImportWh()).isEqualTo(100);
                assertThat(line.gridImportMicros()).isEqualTo(30_000);
                assertThat(line.netMicros()).isEqualTo(-108_000);
              });
      assertThat(Bills.lines(m.ledger.store, s2.publicKey(), "2026-01").get(0).gridExportMicros())
          .isEqualTo(36_000);
      assertThat(MarketState.interval(m.ledger.store, S).stage())
          .isEqualTo(IntervalRecord.Stage.SETTLED);

      var report =
          new ChainVerifier(
                  m.ledger.store,
                  new TransactionExecutor(
                      org.gridledger.ledger.TestLedger.CHAIN,
                      MarketLedger.install(RuleBook.core())))
              .verify();
      assertThat(report.ok()).as(report.problem()).isTrue();
    }
  }

  @Test
  void withoutAVerdictThePolicyApprovesAtTheHighestFee() {
    try (MarketFixture m = new MarketFixture(dir, 12)) {
      KeyPair s1 = m.member("Seller", D, "m1", "3");
      KeyPair b1 = m.member("Buyer", D, "m3", "4");
      m.ledger.at(S - 30 * 60_000);
      m.ledger.commit(
          List.of(
              m.order(s1, OrderSide.SELL, 1000, 100_000, "m1"),
              m.order(b1, OrderSide.BUY, 1000, 100_000, "m3")));
      m.dso(S - 4 * 60_000, new ClearInterval(S));
      m.dso(
          S + 16 * 60_000,
          new SettleInterval(S, List.of(meter("m1", 0, 1000), meter("m3", 1000, 0))));
      TradeRecord t = MarketState.trades(m.ledger.store, S).get(0);
      assertThat(t.reason()).isEqualTo(VerdictRule.NO_VERDICT_APPROVED);
      // 100,000 for the energy, 40,000 fee
      assertThat(m.ledger.balance(b1)).isEqualTo(D - 140_000);
      assertThat(m.ledger.balance(s1)).isEqualTo(D + 100_000);
      assertThat(m.ledger.sumOfAllBalances()).isZero();
    }
  }

  @Test
  void unpaidConsumptionGoesToArrearsAndTheNextDepositPaysItFirst() {
    try (MarketFixture m = new MarketFixture(dir, 13)) {
      KeyPair poor = m.member("Poor", 10_000, "m9", "4");
      m.dso(S + 16 * 60_000, new SettleInterval(S, List.of(meter("m9", 1000, 0))));
      assertThat(m.ledger.balance(poor)).isZero();
      assertThat(Accounts.balance(m.ledger.store, AccountId.arrearsOf(poor.publicKey())).micros())
          .isEqualTo(-290_000);
      m.dso(
          S + 17 * 60_000,
          new org.gridledger.ledger.tx.Deposit(
              poor.publicKey(), org.gridledger.ledger.units.Money.micros(300_000), "salary"));
      assertThat(m.ledger.balance(poor)).isEqualTo(10_000);
      assertThat(Accounts.balance(m.ledger.store, AccountId.arrearsOf(poor.publicKey())).micros())
          .isZero();
      assertThat(m.ledger.sumOfAllBalances()).isZero();
    }
  }

  static MeterEnergy meter(String id, long importWh, long exportWh) {
    return new MeterEnergy(id, Energy.wh(importWh), Energy.wh(exportWh), false);
  }
}
