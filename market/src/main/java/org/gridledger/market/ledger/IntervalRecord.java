package org.gridledger.market.ledger;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;

/**
 * Where an interval stands: its orders (counted in book order), then its clearing (price, or -1
 * when nothing crossed; trades), the verdict and the settlement.
 */
public record IntervalRecord(
    long start, Stage stage, int orders, long clearingPrice, int trades, boolean verdictFromDso) {

  /** OPEN until cleared, CLEARED until the verdict, FIRM until settled, then SETTLED. */
  public enum Stage {
    OPEN,
    CLEARED,
    FIRM,
    SETTLED
  }

  static IntervalRecord open(long start) {
    return new IntervalRecord(start, Stage.OPEN, 0, -1, 0, false);
  }

  IntervalRecord withOrders(int count) {
    return new IntervalRecord(start, stage, count, clearingPrice, trades, verdictFromDso);
  }

  IntervalRecord cleared(long price, int tradeCount) {
    return new IntervalRecord(start, Stage.CLEARED, orders, price, tradeCount, false);
  }

  IntervalRecord firm(boolean fromDso) {
    return new IntervalRecord(start, Stage.FIRM, orders, clearingPrice, trades, fromDso);
  }

  IntervalRecord settled() {
    return new IntervalRecord(start, Stage.SETTLED, orders, clearingPrice, trades, verdictFromDso);
  }

  byte[] encode() {
    return new ByteWriter(40)
        .i64(start)
        .u8(stage.ordinal())
        .i32(orders)
        .i64(clearingPrice)
        .i32(trades)
        .bool(verdictFromDso)
        .toBytes();
  }

  static IntervalRecord decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new IntervalRecord(
        in.i64("start"),
        Stage.values()[in.u8("stage")],
        in.i32("orders"),
        in.i64("price"),
        in.i32("trades"),
        in.bool("verdict"));
  }
}
