package org.gridledger.metering.reading;

import java.nio.charset.StandardCharsets;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.units.Energy;

/**
 * What a meter says at one moment: its id, its sequence number (strictly increasing per meter), the
 * time it read its registers (milliseconds since the epoch, UTC) and its cumulative import and
 * export registers in Wh (energy taken from and given to the grid since it was installed).
 */
public record Reading(
    String meterId,
    long sequence,
    long timestampMillis,
    Energy importRegister,
    Energy exportRegister) {
  /** The one format version this node reads and writes; the first byte of the binary form. */
  public static final int VERSION = 1;

  public static final int MAX_ID_BYTES = 64;

  public Reading {
    if (meterId == null || meterId.isEmpty()) {
      throw new IllegalArgumentException("meter_id is missing");
    }
    if (meterId.getBytes(StandardCharsets.UTF_8).length > MAX_ID_BYTES) {
      throw new IllegalArgumentException("meter_id is longer than 64 bytes");
    }
    for (int i = 0; i < meterId.length(); i++) {
      char c = meterId.charAt(i);
      if (Character.isISOControl(c) || c == '/' || c == '+' || c == '#') {
        throw new IllegalArgumentException(
            "meter_id contains a control character, '/', '+' or '#'");
      }
    }
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative");
    }
    if (timestampMillis < 0) {
      throw new IllegalArgumentException("timestamp must not be before 1970");
    }
    if (importRegister == null || exportRegister == null) {
      throw new IllegalArgumentException("both registers are required");
    }
    if (importRegister.wh() < 0 || exportRegister.wh() < 0) {
      throw new IllegalArgumentException("registers must not be negative");
    }
  }

  public static Reading of(
      String meterId, long sequence, long timeMillis, long importWh, long exportWh) {
    return new Reading(meterId, sequence, timeMillis, Energy.wh(importWh), Energy.wh(exportWh));
  }

  /**
   * The canonical bytes the meter signs: {@code u8 version | u16 id length | id (UTF-8) | i64
   * sequence | i64 timestamp ms | i64 import Wh | i64 export Wh}, big-endian.
   */
  public byte[] signedBytes() {
    ByteWriter out = new ByteWriter(40 + meterId.length());
    writeTo(out);
    return out.toBytes();
  }

  void writeTo(ByteWriter out) {
    out.u8(VERSION)
        .string(meterId)
        .i64(sequence)
        .i64(timestampMillis)
        .i64(importRegister.wh())
        .i64(exportRegister.wh());
  }

  /** This reading signed with the meter's key. */
  public SignedReading sign(KeyPair meterKey) {
    return new SignedReading(this, meterKey.sign(signedBytes()));
  }
}
