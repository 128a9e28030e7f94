package org.gridledger.ledger.crypto;

import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key (32 bytes), compared by value. The decoded curve point is cached, since
 * decoding costs a good part of a verification and the same senders sign again and again.
 */
public final class PublicKey implements Comparable<PublicKey> {
  public static final int SIZE = Ed25519.PUBLIC_KEY_SIZE;

  private final byte[] bytes;
  private volatile Ed25519.PublicPoint point;

  private PublicKey(byte[] bytes) {
    this.bytes = bytes;
  }

  public static PublicKey wrap(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("a public key has 32 bytes, not " + bytes.length);
    }
    return new PublicKey(bytes.clone());
  }

  public static PublicKey fromHex(String hex) {
    return new PublicKey(Hex.decode(hex, SIZE, "public key"));
  }

  /**
   * Whether {@code signature} is this key's Ed25519 signature of {@code message[offset, offset +
   * length)}. Thread-safe. An invalid key never verifies anything.
   */
  public boolean verify(Signature signature, byte[] message, int offset, int length) {
    Ed25519.PublicPoint p = point();
    return p != null && Ed25519.verify(signature.raw(), 0, p, message, offset, length);
  }

  public boolean verify(Signature signature, byte[] message) {
    return verify(signature, message, 0, message.length);
  }

  /** Whether these bytes encode a point of the curve, so that the key can ever verify. */
  public boolean isValid() {
    return point() != null;
  }

  private Ed25519.PublicPoint point() {
    Ed25519.PublicPoint p = point;
    if (p == null) {
      p = DecodedPoints.of(this, bytes);
      point = p;
    }
    return p;
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  public void writeTo(byte[] target, int offset) {
    System.arraycopy(bytes, 0, target, offset, SIZE);
  }

  public String toHex() {
    return Hex.encode(bytes);
  }

  /** A short form for logs and screens: the first 8 hex characters. */
  public String shortHex() {
    return toHex().substring(0, 8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicKey other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public int compareTo(PublicKey o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
