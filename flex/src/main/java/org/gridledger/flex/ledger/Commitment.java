package org.gridledger.flex.ledger;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.PublicKey;

/**
 * A meter's commitment to an event: its owner (who is paid or charged), who opted in (the owner or
 * its aggregator), the committed W, when, and whether it was withdrawn by an opt-out.
 */
public record Commitment(
    String eventId,
    String meterId,
    PublicKey owner,
    PublicKey by,
    long committedW,
    long at,
    boolean active) {

  Commitment optedOut(long when) {
    return new Commitment(eventId, meterId, owner, by, committedW, when, false);
  }

  byte[] encode() {
    return new ByteWriter(160)
        .string(eventId)
        .string(meterId)
        .key(owner)
        .key(by)
        .i64(committedW)
        .i64(at)
        .bool(active)
        .toBytes();
  }

  static Commitment decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new Commitment(
        in.string("event"),
        in.string("meter"),
        in.key("owner"),
        in.key("by"),
        in.i64("w"),
        in.i64("at"),
        in.bool("active"));
  }
}
