package org.gridledger.mobility.ledger;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;

/**
 * What one charging session came to (namespace {@code evrc}): energy (Wh), duration, the owner's
 * energy and time charges, the DSO's network fee, the steering bonus (positive: a discount the DSO
 * paid; negative: a surcharge), what the driver paid in all and the part booked to its arrears.
 * Money in µ. {@code driverMicros = energyMicros + timeMicros + feeMicros - bonusMicros}.
 */
public record Receipt(
    String chargePointId,
    int transactionId,
    String pseudonym,
    long startMillis,
    long stopMillis,
    long energyWh,
    long energyMicros,
    long timeMicros,
    long feeMicros,
    long bonusMicros,
    long driverMicros,
    long arrearsMicros,
    String reason) {

  /** What the owner earned. */
  public long ownerMicros() {
    return energyMicros + timeMicros;
  }

  byte[] encode() {
    return new ByteWriter(160)
        .string(chargePointId)
        .i32(transactionId)
        .string(pseudonym)
        .i64(startMillis)
        .i64(stopMillis)
        .i64(energyWh)
        .i64(energyMicros)
        .i64(timeMicros)
        .i64(feeMicros)
        .i64(bonusMicros)
        .i64(driverMicros)
        .i64(arrearsMicros)
        .string(reason)
        .toBytes();
  }

  public static Receipt decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new Receipt(
        in.string("cp"),
        in.i32("tx"),
        in.string("pseudonym"),
        in.i64("start"),
        in.i64("stop"),
        in.i64("energy"),
        in.i64("energy µ"),
        in.i64("time µ"),
        in.i64("fee µ"),
        in.i64("bonus µ"),
        in.i64("driver µ"),
        in.i64("arrears µ"),
        in.string("reason"));
  }
}
