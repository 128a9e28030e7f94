package org.gridledger.market.ledger;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;

/**
 * What one meter's interval came to for its owner: energy bought and sold in the market and what it
 * paid and earned, network fees, the imbalance taken from (import) or given to (export) the grid at
 * the DSO's tariff, the part booked to arrears, and whether the figures were estimated. Energy in
 * Wh, money in µ.
 */
public record BillLine(
    long intervalStart,
    String meterId,
    long boughtWh,
    long soldWh,
    long paidMicros,
    long earnedMicros,
    long feesMicros,
    long gridImportWh,
    long gridImportMicros,
    long gridExportWh,
    long gridExportMicros,
    long arrearsMicros,
    boolean estimated) {

  static BillLine empty(long intervalStart, String meterId) {
    return new BillLine(intervalStart, meterId, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false);
  }

  BillLine bought(long wh, long paid, long fees) {
    return new BillLine(intervalStart, meterId, wh, 0, paid, 0, fees, 0, 0, 0, 0, 0, false);
  }

  BillLine sold(long wh, long earned) {
    return new BillLine(intervalStart, meterId, 0, wh, 0, earned, 0, 0, 0, 0, 0, 0, false);
  }

  BillLine withGrid(
      long importWh,
      long importMicros,
      long exportWh,
      long exportMicros,
      long arrears,
      boolean wasEstimated) {
    return new BillLine(
        intervalStart,
        meterId,
        boughtWh,
        soldWh,
        paidMicros,
        earnedMicros,
        feesMicros,
        importWh,
        importMicros,
        exportWh,
        exportMicros,
        arrears,
        wasEstimated);
  }

  /** What the owner's balance moved by for this line: earnings minus payments. */
  public long netMicros() {
    return earnedMicros + gridExportMicros - paidMicros - feesMicros - gridImportMicros;
  }

  BillLine plus(BillLine o) {
    return new BillLine(
        intervalStart,
        meterId,
        boughtWh + o.boughtWh,
        soldWh + o.soldWh,
        paidMicros + o.paidMicros,
        earnedMicros + o.earnedMicros,
        feesMicros + o.feesMicros,
        gridImportWh + o.gridImportWh,
        gridImportMicros + o.gridImportMicros,
        gridExportWh + o.gridExportWh,
        gridExportMicros + o.gridExportMicros,
        arrearsMicros + o.arrearsMicros,
        estimated || o.estimated);
  }

  byte[] encode() {
    return new ByteWriter(128)
        .i64(intervalStart)
        .string(meterId)
        .i64(boughtWh)
        .i64(soldWh)
        .i64(paidMicros)
        .i64(earnedMicros)
        .i64(feesMicros)
        .i64(gridImportWh)
        .i64(gridImportMicros)
        .i64(gridExportWh)
        .i64(gridExportMicros)
        .i64(arrearsMicros)
        .bool(estimated)
        .toBytes();
  }

  static BillLine decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new BillLine(
        in.i64("interval"),
        in.string("meter"),
        in.i64("bought"),
        in.i64("sold"),
        in.i64("paid"),
        in.i64("earned"),
        in.i64("fees"),
        in.i64("import wh"),
        in.i64("import µ"),
        in.i64("export wh"),
        in.i64("export µ"),
        in.i64("arrears"),
        in.bool("estimated"));
  }
}
