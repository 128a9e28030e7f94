package org.gridledger.flex.ledger;

import org.gridledger.flex.settlement.Performance;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;

/**
 * The demand-response line of a participant's bill: one committed meter in one settled event, with
 * its energy (Wh) and money (µ), the part of the penalty booked to arrears, and whether any figure
 * was estimated. Its balance effect is {@link #netMicros()}.
 */
public record DrBillLine(
    String eventId,
    String meterId,
    long windowStart,
    long windowEnd,
    long committedW,
    Performance performance,
    long arrearsMicros,
    boolean estimated) {

  /** What the owner's balance and arrears moved by together: reward minus penalty. */
  public long netMicros() {
    return performance.rewardMicros() - performance.penaltyMicros();
  }

  byte[] encode() {
    return new ByteWriter(160)
        .string(eventId)
        .string(meterId)
        .i64(windowStart)
        .i64(windowEnd)
        .i64(committedW)
        .i64(performance.committedWh())
        .i64(performance.baselineWh())
        .i64(performance.measuredWh())
        .i64(performance.deliveredWh())
        .i64(performance.shortfallWh())
        .i64(performance.penalizedWh())
        .i64(performance.rewardMicros())
        .i64(performance.penaltyMicros())
        .i64(arrearsMicros)
        .bool(estimated)
        .toBytes();
  }

  static DrBillLine decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new DrBillLine(
        in.string("event"),
        in.string("meter"),
        in.i64("start"),
        in.i64("end"),
        in.i64("committed w"),
        new Performance(
            in.i64("committed"),
            in.i64("baseline"),
            in.i64("measured"),
            in.i64("delivered"),
            in.i64("shortfall"),
            in.i64("penalized"),
            in.i64("reward"),
            in.i64("penalty")),
        in.i64("arrears"),
        in.bool("estimated"));
  }
}
