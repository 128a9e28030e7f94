package org.gridledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.DeviceType;
import org.gridledger.ledger.tx.RegisterDevice;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.tx.Withdraw;
import org.gridledger.ledger.units.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreRulesTest {
  @TempDir Path dir;
  TestLedger ledger;
  KeyPair alice;
  KeyPair bob;

  @BeforeEach
  void setUp() {
    ledger = new TestLedger(dir, 1);
    alice = ledger.participant("Alice", 1_000_000, Role.PROSUMER);
    bob = ledger.participant("Bob", 0, Role.CONSUMER);
  }

  @AfterEach
  void tearDown() {
    ledger.close();
  }

  private Reason refusalOf(Transaction tx) {
    var before = ledger.chain.head().stateRoot();
    Proposal p = ledger.commit(tx);
    assertThat(p.block().transactions()).isEmpty();
    assertThat(p.block().header().stateRoot())
        .as("a refused transaction changes no state")
        .isEqualTo(before);
    return p.rejected().get(0).refusal().reason();
  }

  @Test
  void aTransferMovesMoneyAndKeepsTheSumAtZero() {
    ledger.commit(ledger.sign(alice, new Transfer(bob.publicKey(), Money.micros(300_000), "")));
    assertThat(ledger.balance(alice)).isEqualTo(700_000);
    assertThat(ledger.balance(bob)).isEqualTo(300_000);
    assertThat(ledger.balance(alice) + ledger.balance(bob) + ledger.gatewayBalance()).isZero();
  }

  @Test
  void noBalanceGoesNegative() {
    assertThat(
            refusalOf(
                ledger.sign(alice, new Transfer(bob.publicKey(), Money.micros(1_000_001), ""))))
        .isEqualTo(Reason.INSUFFICIENT_FUNDS);
    assertThat(ledger.balance(alice)).isEqualTo(1_000_000);
  }

  @Test
  void onlyTheDsoRegistersDepositsAndRegistersDevices() {
    KeyPair carol = ledger.newKey();
    assertThat(
            refusalOf(
                ledger.sign(
                    alice,
                    new RegisterParticipant(carol.publicKey(), "Carol", Set.of(Role.CONSUMER)))))
        .isEqualTo(Reason.UNAUTHORIZED_ROLE);
    assertThat(
            refusalOf(
                ledger.sign(alice, new Deposit(alice.publicKey(), Money.micros(5), "free money"))))
        .isEqualTo(Reason.UNAUTHORIZED_ROLE);
    assertThat(
            refusalOf(
                ledger.sign(
                    alice,
                    new RegisterDevice(
                        "m1", carol.publicKey(), DeviceType.METER, alice.publicKey(), "3"))))
        .isEqualTo(Reason.UNAUTHORIZED_ROLE);
  }

  @Test
  void unregisteredSendersAndRecipientsAreRefused() {
    KeyPair stranger = ledger.newKey();
    assertThat(
            refusalOf(ledger.sign(stranger, new Transfer(alice.publicKey(), Money.micros(1), ""))))
        .isEqualTo(Reason.UNKNOWN_SENDER);
    assertThat(
            refusalOf(ledger.sign(alice, new Transfer(stranger.publicKey(), Money.micros(1), ""))))
        .isEqualTo(Reason.UNKNOWN_PARTICIPANT);
  }

  @Test
  void replayedAndSkippedNoncesAreRefused() {
    Transaction first = ledger.sign(alice, new Transfer(bob.publicKey(), Money.micros(1), ""));
    ledger.commit(first);
    assertThat(refusalOf(first)).isEqualTo(Reason.NONCE_REPLAYED);
    Transaction skipping =
        Transaction.sign(
            alice, TestLedger.CHAIN, 5, new Transfer(bob.publicKey(), Money.micros(1), ""));
    assertThat(refusalOf(skipping)).isEqualTo(Reason.NONCE_GAP);
  }

  @Test
  void aTransactionForAnotherChainOrWithABadSignatureIsRefused() {
    Transaction foreign =
        Transaction.sign(
            alice, "other-chain", 0, new Transfer(bob.publicKey(), Money.micros(1), ""));
    assertThat(refusalOf(foreign)).isEqualTo(Reason.WRONG_CHAIN);
    byte[] bytes =
        Transaction.sign(
                alice, TestLedger.CHAIN, 0, new Transfer(bob.publicKey(), Money.micros(1), ""))
            .encoded();
    bytes[bytes.length - 1] ^= 1;
    assertThat(refusalOf(Transaction.decode(bytes))).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void aParticipantWithdrawsOnlyFromItsOwnAccountButTheDsoFromAny() {
    assertThat(
            refusalOf(ledger.sign(bob, new Withdraw(alice.publicKey(), Money.micros(1), "theft"))))
        .isEqualTo(Reason.UNAUTHORIZED_ROLE);
    ledger.commit(
        ledger.sign(alice, new Withdraw(alice.publicKey(), Money.micros(400_000), "IBAN")));
    ledger.commit(
        ledger.sign(ledger.dso, new Withdraw(alice.publicKey(), Money.micros(100_000), "closing")));
    assertThat(ledger.balance(alice)).isEqualTo(500_000);
    assertThat(ledger.gatewayBalance()).isEqualTo(-500_000);
  }

  @Test
  void devicesAndParticipantsAreRegisteredOnceAndDeviceKeysServeOnce() {
    KeyPair meterKey = ledger.newKey();
    ledger.commit(
        ledger.sign(
            ledger.dso,
            new RegisterDevice(
                "m1", meterKey.publicKey(), DeviceType.METER, alice.publicKey(), "5")));
    assertThat(
            refusalOf(
                ledger.sign(
                    ledger.dso,
                    new RegisterDevice(
                        "m1",
                        ledger.newKey().publicKey(),
                        DeviceType.METER,
                        alice.publicKey(),
                        "5"))))
        .isEqualTo(Reason.ALREADY_REGISTERED);
    assertThat(
            refusalOf(
                ledger.sign(
                    ledger.dso,
                    new RegisterDevice(
                        "m2", meterKey.publicKey(), DeviceType.METER, alice.publicKey(), "5"))))
        .isEqualTo(Reason.ALREADY_REGISTERED);
    assertThat(
            refusalOf(
                ledger.sign(
                    ledger.dso,
                    new RegisterParticipant(alice.publicKey(), "again", Set.of(Role.CONSUMER)))))
        .isEqualTo(Reason.ALREADY_REGISTERED);
  }

  @Test
  void aRefusedTransactionInABlockLeavesTheOthersApplied() {
    Proposal p =
        ledger.commit(
            java.util.List.of(
                ledger.sign(alice, new Transfer(bob.publicKey(), Money.micros(10), "")),
                ledger.sign(bob, new Transfer(alice.publicKey(), Money.micros(1_000), "")),
                ledger.sign(alice, new Transfer(bob.publicKey(), Money.micros(20), ""))));
    assertThat(p.block().transactions()).hasSize(2);
    assertThat(p.rejected())
        .singleElement()
        .satisfies(r -> assertThat(r.refusal().reason()).isEqualTo(Reason.INSUFFICIENT_FUNDS));
    assertThat(ledger.balance(bob)).isEqualTo(30);
  }
}
