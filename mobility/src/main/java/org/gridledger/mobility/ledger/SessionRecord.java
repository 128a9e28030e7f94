package org.gridledger.mobility.ledger;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.Hash;

/**
 * A charging session (namespace {@code evtx}, by charge point and OCPP transaction id): the
 * pseudonym, the booking it fulfils ({@link Hash#ZERO} for none), its start, the start register,
 * the feeder's steering bonus at its start, and whether it is settled.
 */
public record SessionRecord(
    String chargePointId,
    int transactionId,
    String pseudonym,
    Hash booking,
    long startMillis,
    long meterStartWh,
    long bonusPerKwh,
    boolean settled) {

  SessionRecord settle() {
    return new SessionRecord(
        chargePointId,
        transactionId,
        pseudonym,
        booking,
        startMillis,
        meterStartWh,
        bonusPerKwh,
        true);
  }

  byte[] encode() {
    return new ByteWriter(128)
        .string(chargePointId)
        .i32(transactionId)
        .string(pseudonym)
        .hash(booking)
        .i64(startMillis)
        .i64(meterStartWh)
        .i64(bonusPerKwh)
        .bool(settled)
        .toBytes();
  }

  public static SessionRecord decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new SessionRecord(
        in.string("cp"),
        in.i32("tx"),
        in.string("pseudonym"),
        in.hash("booking"),
        in.i64("start"),
        in.i64("meter"),
        in.i64("bonus"),
        in.bool("settled"));
  }
}
