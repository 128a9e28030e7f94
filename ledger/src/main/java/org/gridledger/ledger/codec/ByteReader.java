package org.gridledger.ledger.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.crypto.Signature;

/**
 * Reads the encoding of {@link ByteWriter}. Every read is bounds-checked: truncated or oversized
 * input throws {@link CodecException} naming the field, never an index exception.
 */
public final class ByteReader {
  private final byte[] data;
  private final int end;
  private int position;

  public ByteReader(byte[] data) {
    this(data, 0, data.length);
  }

  public ByteReader(byte[] data, int offset, int length) {
    this.data = data;
    this.position = offset;
    this.end = offset + length;
  }

  private void need(int count, String field) {
    if (count < 0 || end - position < count) {
      throw new CodecException("truncated: " + field + " needs " + count + " more bytes");
    }
  }

  public int u8(String field) {
    need(1, field);
    return data[position++] & 0xff;
  }

  public boolean bool(String field) {
    int value = u8(field);
    if (value > 1) {
      throw new CodecException(field + " must be 0 or 1, not " + value);
    }
    return value == 1;
  }

  public int u16(String field) {
    need(2, field);
    return (data[position++] & 0xff) << 8 | data[position++] & 0xff;
  }

  public int i32(String field) {
    need(4, field);
    int value = 0;
    for (int i = 0; i < 4; i++) {
      value = value << 8 | data[position++] & 0xff;
    }
    return value;
  }

  public long i64(String field) {
    need(8, field);
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = value << 8 | data[position++] & 0xff;
    }
    return value;
  }

  public byte[] raw(int length, String field) {
    need(length, field);
    byte[] out = Arrays.copyOfRange(data, position, position + length);
    position += length;
    return out;
  }

  /** Length-prefixed bytes, refusing lengths above {@code max}. */
  public byte[] bytes(int max, String field) {
    int length = i32(field);
    if (length < 0 || length > max) {
      throw new CodecException(field + " has length " + length + ", the limit is " + max);
    }
    return raw(length, field);
  }

  public String string(String field) {
    int length = u16(field);
    need(length, field);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(data, position, length))
              .toString();
      position += length;
      return text;
    } catch (CharacterCodingException e) {
      throw new CodecException(field + " is not valid UTF-8");
    }
  }

  public PublicKey key(String field) {
    return PublicKey.wrap(raw(PublicKey.SIZE, field));
  }

  public Hash hash(String field) {
    return Hash.wrap(raw(Hash.SIZE, field));
  }

  public Signature signature(String field) {
    return Signature.wrap(raw(Signature.SIZE, field));
  }

  public int position() {
    return position;
  }

  public int remaining() {
    return end - position;
  }

  /** Fails unless every byte was read: trailing bytes would give one value two encodings. */
  public void expectEnd(String what) {
    if (position != end) {
      throw new CodecException(what + " has " + (end - position) + " trailing bytes");
    }
  }
}
