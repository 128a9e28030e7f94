package org.gridledger.metering.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Keys of the time series: {@code meterId (UTF-8) | 0x00 | i64 big-endian}. A meter id holds no
 * control character, so 0x00 ends it and one meter's keys are contiguous, in time (or sequence)
 * order.
 */
public final class ReadingKeys {
  private ReadingKeys() {}

  public static byte[] key(String meterId, long value) {
    byte[] id = meterId.getBytes(StandardCharsets.UTF_8);
    byte[] key = Arrays.copyOf(id, id.length + 9);
    for (int i = 0; i < 8; i++) {
      key[id.length + 1 + i] = (byte) (value >>> (56 - 8 * i));
    }
    return key;
  }

  /** The prefix every key of {@code meterId} starts with. */
  public static byte[] prefix(String meterId) {
    byte[] id = meterId.getBytes(StandardCharsets.UTF_8);
    return Arrays.copyOf(id, id.length + 1);
  }

  public static boolean hasPrefix(byte[] key, byte[] prefix) {
    return key.length == prefix.length + 8
        && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** The i64 at the end of a key. */
  public static long value(byte[] key) {
    long v = 0;
    for (int i = key.length - 8; i < key.length; i++) {
      v = v << 8 | key[i] & 0xff;
    }
    return v;
  }

  public static byte[] height(long height) {
    byte[] key = new byte[8];
    for (int i = 0; i < 8; i++) {
      key[i] = (byte) (height >>> (56 - 8 * i));
    }
    return key;
  }
}
