package org.gridledger.mobility.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.gridledger.ledger.TestLedger;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.tx.BookCharging;
import org.gridledger.ledger.tx.CancelBooking;
import org.gridledger.ledger.tx.FeederCharging;
import org.gridledger.ledger.tx.RegisterChargePoint;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.RotatePseudonym;
import org.gridledger.ledger.tx.SettleCharging;
import org.gridledger.ledger.tx.StartCharging;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;

/**
 * Money on EV charging's rules: whatever the sessions, bookings, cancellations, prices, fees and
 * steering bonus, money is conserved to the µ, every escrow ends empty, the owner earns exactly the
 * receipts' owner parts and the driver (balance plus arrears) pays exactly the receipts' totals and
 * the cancellation fees.
 */
class MobilityLedgerProperties {
  static final long HOUR = 3_600_000L;

  @Property(tries = 25)
  void moneyIsConservedAndEscrowsEmpty(
      @ForAll @LongRange(min = 0, max = 900_000) long perKwh,
      @ForAll @LongRange(min = 0, max = 2_000_000) long perHour,
      @ForAll @LongRange(min = -30_000, max = 20_000) long bonus,
      @ForAll @LongRange(min = 0, max = 80_000) long fee,
      @ForAll @LongRange(min = 0, max = 30_000_000) long deposit,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 0, max = 40_000) Integer> energies,
      @ForAll @Size(min = 5, max = 5) List<@IntRange(min = 0, max = 2) Integer> kinds)
      throws Exception {
    Path dir = Files.createTempDirectory("ev-ledger");
    try (TestLedger ledger =
        new TestLedger(dir, perKwh ^ bonus, MobilityLedger.install(RuleBook.core()))) {
      KeyPair owner = ledger.participant("Owner", 0, Role.CHARGE_POINT_OWNER);
      KeyPair driver = ledger.participant("Driver", deposit, Role.EV_DRIVER);
      ledger.commit(
          ledger.sign(
              ledger.dso,
              new RegisterChargePoint(
                  "CP",
                  ledger.newKey().publicKey(),
                  owner.publicKey(),
                  "7",
                  "F",
                  11_000,
                  1,
                  Price.microsPerKwh(perKwh),
                  perHour,
                  List.of(),
                  4814,
                  1158,
                  Hash.ZERO)));
      ledger.commit(ledger.sign(driver, new RotatePseudonym("drv", "")));
      ledger.commit(
          ledger.sign(
              ledger.dso,
              new FeederCharging("F", ledger.time(), 50_000, 1_380, bonus, List.of(), "")));
      long paid = 0;
      long earned = 0;
      long fees = 0;
      long base = (ledger.time() / HOUR + 2) * HOUR;
      for (int i = 0; i < energies.size(); i++) {
        long start = base + i * 4 * HOUR;
        int kind = kinds.get(i);
        Hash booking = null;
        if (kind > 0) {
          ledger.at(start - 3 * HOUR);
          var tx =
              ledger.sign(
                  driver, new BookCharging("CP", "drv", start, start + HOUR, Energy.wh(5_000)));
          if (ledger.commit(tx).rejected().isEmpty()) {
            booking = tx.hash();
          }
        }
        if (booking != null && kind == 2) {
          ledger.at(start - 10 * 60_000L);
          ledger.commit(ledger.sign(driver, new CancelBooking(booking)));
          BookingRecord b = MobilityState.booking(ledger.store, booking).orElseThrow();
          assertThat(b.status()).isEqualTo(BookingRecord.Status.CANCELLED);
          fees += b.feeMicros();
          earned += b.feeMicros();
          continue;
        }
        ledger.at(start);
        ledger.commit(ledger.sign(ledger.dso, new StartCharging("CP", i + 1, "drv", start, 1_000)));
        ledger.at(start + HOUR);
        ledger.commit(
            ledger.sign(
                ledger.dso,
                new SettleCharging(
                    "CP",
                    i + 1,
                    start + HOUR / 2,
                    1_000 + energies.get(i),
                    Price.microsPerKwh(fee),
                    "Local")));
        Receipt r = MobilityState.receipt(ledger.store, "CP", i + 1).orElseThrow();
        assertThat(r.driverMicros())
            .isEqualTo(r.energyMicros() + r.timeMicros() + r.feeMicros() - r.bonusMicros());
        assertThat(r.energyWh()).isEqualTo(energies.get(i).longValue());
        paid += r.driverMicros();
        earned += r.ownerMicros();
        if (booking != null) {
          assertThat(MobilityState.booking(ledger.store, booking).orElseThrow().status())
              .isEqualTo(BookingRecord.Status.COMPLETED);
        }
      }
      assertThat(ledger.sumOfAllBalances()).as("money conserved").isZero();
      long[] escrows = {0};
      ledger.store.forEachInNamespace(
          "evbk",
          (k, v) ->
              escrows[0] +=
                  Accounts.balance(ledger.store, MobilityState.escrow(BookingRecord.decode(v).id()))
                      .micros());
      assertThat(escrows[0]).as("escrows empty").isZero();
      assertThat(ledger.balance(owner)).isEqualTo(earned);
      long arrears =
          Accounts.balance(ledger.store, AccountId.arrearsOf(driver.publicKey())).micros();
      assertThat(ledger.balance(driver) + arrears).isEqualTo(deposit - paid - fees);
      assertThat(ledger.balance(driver)).isNotNegative();
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
