package org.gridledger.ledger.account;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.DeviceType;

/** A registered device: meter or charge point, its signing key, owner and bus. */
public record Device(
    String id, PublicKey key, DeviceType type, PublicKey owner, String bus, long registeredAt) {

  byte[] encode() {
    return new ByteWriter(128)
        .string(id)
        .key(key)
        .u8(type.ordinal())
        .key(owner)
        .string(bus)
        .i64(registeredAt)
        .toBytes();
  }

  static Device decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    Device d =
        new Device(
            in.string("id"),
            in.key("key"),
            DeviceType.values()[in.u8("type")],
            in.key("owner"),
            in.string("bus"),
            in.i64("height"));
    in.expectEnd("device");
    return d;
  }
}
