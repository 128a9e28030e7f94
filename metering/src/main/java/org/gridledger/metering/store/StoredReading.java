package org.gridledger.metering.store;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.metering.reading.SignedReading;

/**
 * A reading as stored: the signed reading, where it is anchored (block height and leaf index), and
 * the timestamp of the meter's reading before it ({@code -1} for its first), which links the series
 * backwards.
 */
public record StoredReading(
    SignedReading signed, long height, int index, long previousTimestampMillis) {

  public byte[] encode() {
    byte[] reading = signed.encode();
    return new ByteWriter(reading.length + 24)
        .bytes(reading)
        .i64(height)
        .i32(index)
        .i64(previousTimestampMillis)
        .toBytes();
  }

  /** The value to store for an already-encoded reading. */
  public static byte[] encode(byte[] encodedReading, long height, int index, long previous) {
    return new ByteWriter(encodedReading.length + 24)
        .bytes(encodedReading)
        .i64(height)
        .i32(index)
        .i64(previous)
        .toBytes();
  }

  public static StoredReading decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    SignedReading signed = SignedReading.decode(in.bytes(SignedReading.MAX_BYTES, "reading"));
    StoredReading stored =
        new StoredReading(signed, in.i64("height"), in.i32("index"), in.i64("previous"));
    in.expectEnd("stored reading");
    return stored;
  }

  public long timestampMillis() {
    return signed.reading().timestampMillis();
  }

  public long importWh() {
    return signed.reading().importRegister().wh();
  }

  public long exportWh() {
    return signed.reading().exportRegister().wh();
  }
}
