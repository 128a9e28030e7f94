package org.gridledger.metering.registry;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.MeterKind;

/**
 * A registered smart meter: the key its readings are signed with, its owner, bus, kind and feeder,
 * and the height of the block that registered it.
 */
public record Meter(
    String id,
    PublicKey key,
    PublicKey owner,
    String bus,
    MeterKind kind,
    String feeder,
    long registeredAt) {
  public Meter {
    if (id == null || id.isEmpty() || key == null || owner == null || kind == null) {
      throw new IllegalArgumentException("a meter needs an id, a key, an owner and a kind");
    }
    if (bus == null || feeder == null) {
      throw new IllegalArgumentException("a meter needs a bus and a feeder");
    }
  }

  byte[] encode() {
    return new ByteWriter(160)
        .string(id)
        .key(key)
        .key(owner)
        .string(bus)
        .u8(kind.ordinal())
        .string(feeder)
        .i64(registeredAt)
        .toBytes();
  }

  static Meter decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    String id = in.string("id");
    PublicKey key = in.key("key");
    PublicKey owner = in.key("owner");
    String bus = in.string("bus");
    int kind = in.u8("kind");
    if (kind >= MeterKind.values().length) {
      throw new CodecException("unknown meter kind " + kind);
    }
    Meter meter =
        new Meter(
            id, key, owner, bus, MeterKind.values()[kind], in.string("feeder"), in.i64("height"));
    in.expectEnd("meter");
    return meter;
  }
}
