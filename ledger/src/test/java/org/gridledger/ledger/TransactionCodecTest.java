package org.gridledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.Set;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.DeviceType;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.RegisterDevice;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.tx.Withdraw;
import org.gridledger.ledger.units.Money;
import org.junit.jupiter.api.Test;

class TransactionCodecTest {
  private final Random random = new Random(7);
  private final KeyPair alice = KeyPair.fromSeed(random);
  private final KeyPair bob = KeyPair.fromSeed(random);

  private final Payload[] every = {
    new RegisterParticipant(bob.publicKey(), "Bob", Set.of(Role.PROSUMER, Role.EV_DRIVER)),
    new RegisterDevice("meter-1", bob.publicKey(), DeviceType.METER, alice.publicKey(), "12"),
    new Transfer(bob.publicKey(), Money.micros(42), "rent"),
    new Deposit(bob.publicKey(), Money.micros(1_000_000), "bank 7"),
    new Withdraw(bob.publicKey(), Money.micros(5), "IBAN x"),
  };

  @Test
  void everyPayloadRoundTripsThroughTheCanonicalEncoding() {
    for (Payload payload : every) {
      Transaction tx = Transaction.sign(alice, "c", 3, payload);
      Transaction back = Transaction.decode(tx.encoded());
      assertThat(back.payload()).isEqualTo(payload);
      assertThat(back.hash()).isEqualTo(tx.hash());
      assertThat(back.encoded()).isEqualTo(tx.encoded());
      assertThat(back.hasValidSignature()).isTrue();
    }
  }

  @Test
  void flippingAnySignedByteBreaksTheSignatureOrTheDecoding() {
    Transaction tx = Transaction.sign(alice, "c", 0, every[2]);
    byte[] bytes = tx.encoded();
    for (int i = 0; i < bytes.length; i++) {
      byte[] tampered = bytes.clone();
      tampered[i] ^= 0x01;
      boolean refused;
      try {
        refused = !Transaction.decode(tampered).hasValidSignature();
      } catch (CodecException e) {
        refused = true;
      }
      assertThat(refused).as("byte %d flipped", i).isTrue();
    }
  }

  @Test
  void truncatedOrPaddedBytesAreMalformed() {
    byte[] bytes = Transaction.sign(alice, "c", 0, every[2]).encoded();
    assertThatThrownBy(() -> Transaction.decode(java.util.Arrays.copyOf(bytes, bytes.length - 1)))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> Transaction.decode(java.util.Arrays.copyOf(bytes, bytes.length + 1)))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("trailing");
  }

  @Test
  void impossibleValuesAreRefusedWhenDecoded() {
    Transaction tx =
        Transaction.sign(alice, "c", 0, new Transfer(bob.publicKey(), Money.micros(1), ""));
    byte[] bytes = tx.encoded();
    // the amount sits after version, chain id, sender, nonce, type and recipient
    int amountAt = 1 + 2 + 1 + 32 + 8 + 2 + 32;
    java.util.Arrays.fill(bytes, amountAt, amountAt + 8, (byte) 0);
    assertThatThrownBy(() -> Transaction.decode(bytes))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("amount must be positive");
  }

  @Test
  void payloadsRefuseImpossibleFields() {
    assertThatThrownBy(() -> new Transfer(bob.publicKey(), Money.micros(0), ""))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> new RegisterParticipant(bob.publicKey(), "", Set.of(Role.DSO)))
        .hasMessageContaining("name");
    assertThatThrownBy(() -> new RegisterParticipant(bob.publicKey(), "x", Set.of()))
        .hasMessageContaining("role");
    assertThatThrownBy(() -> new Deposit(bob.publicKey(), Money.micros(5), "bad\u0000ref"))
        .hasMessageContaining("control");
  }
}
