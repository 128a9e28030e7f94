package org.gridledger.metering.store;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.Hash;

/**
 * A meter's last accepted reading, what the next one is checked against: sequence, timestamp (ms),
 * registers (Wh) and Merkle leaf (to tell a retransmission from a replay).
 */
public record MeterHead(
    long sequence, long timestampMillis, long importWh, long exportWh, Hash leaf) {

  public byte[] encode() {
    return new ByteWriter(72)
        .i64(sequence)
        .i64(timestampMillis)
        .i64(importWh)
        .i64(exportWh)
        .hash(leaf)
        .toBytes();
  }

  public static MeterHead decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    MeterHead head =
        new MeterHead(
            in.i64("sequence"),
            in.i64("timestamp"),
            in.i64("import"),
            in.i64("export"),
            in.hash("leaf"));
    in.expectEnd("meter head");
    return head;
  }
}
