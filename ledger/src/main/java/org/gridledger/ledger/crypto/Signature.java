package org.gridledger.ledger.crypto;

import java.util.Arrays;
import java.util.Base64;

/** An Ed25519 signature: 64 bytes, compared by value. */
public final class Signature {
  public static final int SIZE = 64;

  private final byte[] bytes;

  private Signature(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Signature wrap(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("a signature has 64 bytes, not " + bytes.length);
    }
    return new Signature(bytes.clone());
  }

  static Signature own(byte[] bytes) {
    return new Signature(bytes);
  }

  byte[] raw() {
    return bytes;
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  public void writeTo(byte[] target, int offset) {
    System.arraycopy(bytes, 0, target, offset, SIZE);
  }

  public String toBase64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Signature other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return Hex.encode(bytes);
  }
}
