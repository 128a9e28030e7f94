package org.gridledger.mobility.ledger;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;

/**
 * One EV line of a participant's monthly bill: a charging session it paid for as driver or was paid
 * for as charge point owner, or a booking's cancellation or no-show fee. {@code netMicros} is what
 * its balance moved by (negative: paid).
 */
public record EvBillLine(
    long timeMillis,
    Kind kind,
    String chargePointId,
    int transactionId,
    long energyWh,
    long netMicros) {

  /** What the line is for. */
  public enum Kind {
    CHARGING,
    HOSTING,
    CANCELLATION,
    NO_SHOW
  }

  byte[] encode() {
    return new ByteWriter(96)
        .i64(timeMillis)
        .u8(kind.ordinal())
        .string(chargePointId)
        .i32(transactionId)
        .i64(energyWh)
        .i64(netMicros)
        .toBytes();
  }

  public static EvBillLine decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new EvBillLine(
        in.i64("time"),
        Kind.values()[in.u8("kind")],
        in.string("cp"),
        in.i32("tx"),
        in.i64("energy"),
        in.i64("net"));
  }
}
