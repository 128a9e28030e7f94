package org.gridledger.ledger.store;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.Hash;

/** The last committed block: its height, hash, time and state root. */
public record Head(long height, Hash hash, long timestampMillis, Hash stateRoot) {
  byte[] encode() {
    return new ByteWriter(80).i64(height).hash(hash).i64(timestampMillis).hash(stateRoot).toBytes();
  }

  static Head decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    Head head = new Head(in.i64("height"), in.hash("hash"), in.i64("time"), in.hash("state root"));
    in.expectEnd("head");
    return head;
  }
}
