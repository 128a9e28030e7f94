package org.gridledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.tx.Withdraw;
import org.gridledger.ledger.units.Money;
import org.gridledger.ledger.verify.ChainVerifier;
import org.gridledger.ledger.verify.VerificationReport;

/** Invariants over random histories of transfers and withdrawals on a real store. */
class LedgerProperties {

  @Property(tries = 15)
  void moneyIsConservedNoBalanceGoesNegativeAndReplayGivesTheSameRoot(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int blocks) throws IOException {
    Path dir = Files.createTempDirectory("gl-prop");
    Random random = new Random(seed);
    try (TestLedger ledger = new TestLedger(dir, seed)) {
      List<KeyPair> people = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        people.add(ledger.participant("p" + i, random.nextInt(1_000_000), Role.PROSUMER));
      }
      for (int b = 0; b < blocks; b++) {
        List<Transaction> txs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
          KeyPair from = people.get(random.nextInt(people.size()));
          KeyPair to = people.get(random.nextInt(people.size()));
          long amount = 1 + random.nextInt(400_000);
          txs.add(
              random.nextInt(6) == 0
                  ? ledger.sign(from, new Withdraw(from.publicKey(), Money.micros(amount), "out"))
                  : ledger.sign(from, new Transfer(to.publicKey(), Money.micros(amount), "")));
        }
        ledger.commit(txs);
        long sum = ledger.gatewayBalance();
        for (KeyPair p : people) {
          assertThat(ledger.balance(p)).isNotNegative();
          sum += ledger.balance(p);
        }
        assertThat(sum).as("every balance, the gateway's included, sums to zero").isZero();
      }
      VerificationReport report =
          new ChainVerifier(
                  ledger.store, new TransactionExecutor(TestLedger.CHAIN, RuleBook.core()))
              .verify();
      assertThat(report.ok()).as(report.problem()).isTrue();
      assertThat(report.verifiedHeight()).isEqualTo(ledger.chain.head().height());
    }
  }
}
