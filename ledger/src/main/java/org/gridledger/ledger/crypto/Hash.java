package org.gridledger.ledger.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** A SHA-256 digest: 32 bytes, compared by value. */
public final class Hash implements Comparable<Hash> {
  public static final int SIZE = 32;
  public static final Hash ZERO = new Hash(new byte[SIZE]);

  private final byte[] bytes;

  private Hash(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Hash wrap(byte[] bytes) {
    if (bytes.length != SIZE) {
      throw new IllegalArgumentException("a hash has 32 bytes, not " + bytes.length);
    }
    return new Hash(bytes.clone());
  }

  public static Hash fromHex(String hex) {
    return new Hash(Hex.decode(hex, SIZE, "hash"));
  }

  public static Hash sha256(byte[] data) {
    return sha256(data, 0, data.length);
  }

  public static Hash sha256(byte[] data, int offset, int length) {
    MessageDigest digest = sha256();
    digest.update(data, offset, length);
    return new Hash(digest.digest());
  }

  /** SHA-256 of the concatenation of two hashes: the inner node of our Merkle trees. */
  public static Hash combine(Hash left, Hash right) {
    MessageDigest digest = sha256();
    digest.update(left.bytes);
    digest.update(right.bytes);
    return new Hash(digest.digest());
  }

  /** A fresh SHA-256 digest (MessageDigest is not thread-safe, so one per use). */
  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  public static Hash of(MessageDigest finishedDigest) {
    return new Hash(finishedDigest.digest());
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  /** The backing array, for writers that copy it out; never modify it. */
  byte[] raw() {
    return bytes;
  }

  public void writeTo(byte[] target, int offset) {
    System.arraycopy(bytes, 0, target, offset, SIZE);
  }

  public String toHex() {
    return Hex.encode(bytes);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hash other && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return (bytes[0] & 0xff) << 24
        | (bytes[1] & 0xff) << 16
        | (bytes[2] & 0xff) << 8
        | bytes[3] & 0xff;
  }

  @Override
  public int compareTo(Hash o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
