package org.gridledger.ledger.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.crypto.Signature;

/**
 * Writes the canonical binary encoding: big-endian fixed-width integers, strings and byte arrays
 * prefixed by their length. One value has exactly one encoding, so hashes are deterministic.
 */
public final class ByteWriter {
  private byte[] buffer;
  private int size;

  public ByteWriter() {
    this(128);
  }

  public ByteWriter(int capacity) {
    buffer = new byte[capacity];
  }

  private void ensure(int extra) {
    if (size + extra > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
    }
  }

  public ByteWriter u8(int value) {
    ensure(1);
    buffer[size++] = (byte) value;
    return this;
  }

  public ByteWriter bool(boolean value) {
    return u8(value ? 1 : 0);
  }

  public ByteWriter u16(int value) {
    ensure(2);
    buffer[size++] = (byte) (value >>> 8);
    buffer[size++] = (byte) value;
    return this;
  }

  public ByteWriter i32(int value) {
    ensure(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  public ByteWriter i64(long value) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      buffer[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  public ByteWriter raw(byte[] bytes) {
    return raw(bytes, 0, bytes.length);
  }

  public ByteWriter raw(byte[] bytes, int offset, int length) {
    ensure(length);
    System.arraycopy(bytes, offset, buffer, size, length);
    size += length;
    return this;
  }

  /** Bytes prefixed by a 32-bit length. */
  public ByteWriter bytes(byte[] bytes) {
    i32(bytes.length);
    return raw(bytes);
  }

  /** UTF-8 text prefixed by a 16-bit length. */
  public ByteWriter string(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (utf8.length > 0xffff) {
      throw new CodecException("a string may hold at most 65535 bytes");
    }
    u16(utf8.length);
    return raw(utf8);
  }

  public ByteWriter key(PublicKey key) {
    ensure(PublicKey.SIZE);
    key.writeTo(buffer, size);
    size += PublicKey.SIZE;
    return this;
  }

  public ByteWriter hash(Hash hash) {
    ensure(Hash.SIZE);
    hash.writeTo(buffer, size);
    size += Hash.SIZE;
    return this;
  }

  public ByteWriter signature(Signature signature) {
    ensure(Signature.SIZE);
    signature.writeTo(buffer, size);
    size += Signature.SIZE;
    return this;
  }

  public int size() {
    return size;
  }

  public byte[] toBytes() {
    return Arrays.copyOf(buffer, size);
  }
}
