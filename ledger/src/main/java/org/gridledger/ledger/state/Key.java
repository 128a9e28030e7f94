package org.gridledger.ledger.state;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A key of the ledger state: a namespace (owned by one module) and an id. Compared by its bytes,
 * unsigned, which fixes the order writes are hashed and stored in.
 */
public final class Key implements Comparable<Key> {
  private final byte[] bytes;
  private final int hash;

  private Key(byte[] bytes) {
    this.bytes = bytes;
    this.hash = Arrays.hashCode(bytes);
  }

  /** {@code namespace} + ':' + {@code id}; namespaces are short ASCII names such as "acct". */
  public static Key of(String namespace, byte[] id) {
    byte[] ns = namespace.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[ns.length + 1 + id.length];
    System.arraycopy(ns, 0, out, 0, ns.length);
    out[ns.length] = ':';
    System.arraycopy(id, 0, out, ns.length + 1, id.length);
    return new Key(out);
  }

  public static Key of(String namespace, String id) {
    return of(namespace, id.getBytes(StandardCharsets.UTF_8));
  }

  public static Key wrap(byte[] bytes) {
    return new Key(bytes.clone());
  }

  public byte[] toBytes() {
    return bytes.clone();
  }

  byte[] raw() {
    return bytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Key other && hash == other.hash && Arrays.equals(bytes, other.bytes);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public int compareTo(Key o) {
    return Arrays.compareUnsigned(bytes, o.bytes);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (byte b : bytes) {
      text.append(b >= 0x20 && b < 0x7f ? String.valueOf((char) b) : String.format("\\x%02x", b));
    }
    return text.toString();
  }
}
