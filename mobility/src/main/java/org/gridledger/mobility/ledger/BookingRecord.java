package org.gridledger.mobility.ledger;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.Hash;

/**
 * A booking (namespace {@code evbk}): charge point, pseudonym, slot, energy, the deposit held in
 * its escrow, its status, and what was settled from it (owner's fee for a cancellation or no-show).
 * Names no driver: the pseudonym does, in the regulated view only.
 */
public record BookingRecord(
    Hash id,
    String chargePointId,
    String pseudonym,
    long start,
    long end,
    long energyWh,
    long depositMicros,
    Status status,
    long feeMicros) {

  /** Where a booking is in its life. */
  public enum Status {
    BOOKED,
    ACTIVE,
    COMPLETED,
    CANCELLED,
    NO_SHOW
  }

  BookingRecord with(Status newStatus, long fee) {
    return new BookingRecord(
        id, chargePointId, pseudonym, start, end, energyWh, depositMicros, newStatus, fee);
  }

  byte[] encode() {
    return new ByteWriter(160)
        .hash(id)
        .string(chargePointId)
        .string(pseudonym)
        .i64(start)
        .i64(end)
        .i64(energyWh)
        .i64(depositMicros)
        .u8(status.ordinal())
        .i64(feeMicros)
        .toBytes();
  }

  public static BookingRecord decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new BookingRecord(
        in.hash("id"),
        in.string("cp"),
        in.string("pseudonym"),
        in.i64("start"),
        in.i64("end"),
        in.i64("energy"),
        in.i64("deposit"),
        Status.values()[in.u8("status")],
        in.i64("fee"));
  }
}
