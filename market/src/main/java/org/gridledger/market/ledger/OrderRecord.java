package org.gridledger.market.ledger;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.OrderSide;

/**
 * An order on the ledger: its id (the hash of the transaction that placed it), owner, interval,
 * side, energy (Wh), limit (µ/kWh), meter and the meter's bus, when it was placed (block time), the
 * escrow it still holds (µ) and whether it is open, cancelled or cleared.
 */
public record OrderRecord(
    Hash id,
    PublicKey owner,
    long intervalStart,
    OrderSide side,
    long energyWh,
    long limitPerKwh,
    String meterId,
    String bus,
    long placedAt,
    long escrowMicros,
    Status status) {

  /** Where an order stands. */
  public enum Status {
    OPEN,
    CANCELLED,
    CLEARED
  }

  OrderRecord with(long escrow, Status newStatus) {
    return new OrderRecord(
        id,
        owner,
        intervalStart,
        side,
        energyWh,
        limitPerKwh,
        meterId,
        bus,
        placedAt,
        escrow,
        newStatus);
  }

  byte[] encode() {
    return new ByteWriter(160)
        .hash(id)
        .key(owner)
        .i64(intervalStart)
        .u8(side.ordinal())
        .i64(energyWh)
        .i64(limitPerKwh)
        .string(meterId)
        .string(bus)
        .i64(placedAt)
        .i64(escrowMicros)
        .u8(status.ordinal())
        .toBytes();
  }

  static OrderRecord decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new OrderRecord(
        in.hash("id"),
        in.key("owner"),
        in.i64("interval"),
        OrderSide.values()[in.u8("side")],
        in.i64("energy"),
        in.i64("limit"),
        in.string("meter"),
        in.string("bus"),
        in.i64("placed"),
        in.i64("escrow"),
        Status.values()[in.u8("status")]);
  }
}
