package org.gridledger.mobility.ledger;

import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.tx.ChargeLimit;
import org.gridledger.ledger.tx.FeederCharging;

/**
 * A feeder's charging state as the DSO last published it (namespace {@code evfd}), and each
 * publication in order (namespace {@code evfh}, by feeder and sequence number) with the height it
 * took effect at: the record of every limit and its reason.
 */
public record FeederRecord(
    String feeder,
    long fromMillis,
    long headroomW,
    long minRateW,
    long bonusPerKwh,
    List<ChargeLimit> limits,
    String reason,
    long height) {

  static FeederRecord of(FeederCharging f, long height) {
    return new FeederRecord(
        f.feeder(),
        f.fromMillis(),
        f.headroomW(),
        f.minRateW(),
        f.bonusPerKwh(),
        f.limits(),
        f.reason(),
        height);
  }

  byte[] encode() {
    ByteWriter out =
        new ByteWriter(128 + limits.size() * 48)
            .string(feeder)
            .i64(fromMillis)
            .i64(headroomW)
            .i64(minRateW)
            .i64(bonusPerKwh)
            .i32(limits.size());
    limits.forEach(l -> out.string(l.chargePointId()).i32(l.transactionId()).i64(l.limitW()));
    return out.string(reason).i64(height).toBytes();
  }

  public static FeederRecord decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    String feeder = in.string("feeder");
    long from = in.i64("from");
    long headroom = in.i64("headroom");
    long minRate = in.i64("min");
    long bonus = in.i64("bonus");
    int n = in.i32("limits");
    List<ChargeLimit> limits = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      limits.add(new ChargeLimit(in.string("cp"), in.i32("tx"), in.i64("limit")));
    }
    return new FeederRecord(
        feeder,
        from,
        headroom,
        minRate,
        bonus,
        List.copyOf(limits),
        in.string("reason"),
        in.i64("h"));
  }
}
