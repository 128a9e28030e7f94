package org.gridledger.ledger.crypto;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** An Ed25519 key pair (BouncyCastle). Signing is thread-safe. */
public final class KeyPair {
  private final byte[] secret;
  private final PublicKey publicKey;

  private KeyPair(byte[] secret) {
    this.secret = secret;
    byte[] pk = new byte[PublicKey.SIZE];
    Ed25519.generatePublicKey(secret, 0, pk, 0);
    this.publicKey = PublicKey.wrap(pk);
  }

  /** A new key pair from a cryptographically strong random source. */
  public static KeyPair generate() {
    byte[] secret = new byte[Ed25519.SECRET_KEY_SIZE];
    Ed25519.generatePrivateKey(new SecureRandom(), secret);
    return new KeyPair(secret);
  }

  /**
   * A key pair drawn from {@code random}: for simulations and tests that must be reproducible.
   * Never for real participants.
   */
  public static KeyPair fromSeed(RandomGenerator random) {
    byte[] secret = new byte[Ed25519.SECRET_KEY_SIZE];
    random.nextBytes(secret);
    return new KeyPair(secret);
  }

  public static KeyPair fromSecret(byte[] secret) {
    if (secret.length != Ed25519.SECRET_KEY_SIZE) {
      throw new IllegalArgumentException(
          "an Ed25519 secret key has 32 bytes, not " + secret.length);
    }
    return new KeyPair(secret.clone());
  }

  public PublicKey publicKey() {
    return publicKey;
  }

  public Signature sign(byte[] message) {
    return sign(message, 0, message.length);
  }

  public Signature sign(byte[] message, int offset, int length) {
    byte[] sig = new byte[Signature.SIZE];
    Ed25519.sign(secret, 0, publicKey.toBytes(), 0, message, offset, length, sig, 0);
    return Signature.own(sig);
  }

  /** The secret, for writing a key file; handle with care. */
  public byte[] secretBytes() {
    return secret.clone();
  }

  @Override
  public String toString() {
    return "KeyPair[" + publicKey.shortHex() + "]";
  }
}
