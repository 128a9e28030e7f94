package org.gridledger.node.api;

import java.util.List;
import org.gridledger.market.ledger.BillLine;

/** The sum of a bill's lines. */
final class BillTotals {
  private BillTotals() {}

  static BillLine of(List<BillLine> lines) {
    BillLine total = new BillLine(0, "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false);
    for (BillLine l : lines) {
      total =
          new BillLine(
              0,
              "",
              total.boughtWh() + l.boughtWh(),
              total.soldWh() + l.soldWh(),
              total.paidMicros() + l.paidMicros(),
              total.earnedMicros() + l.earnedMicros(),
              total.feesMicros() + l.feesMicros(),
              total.gridImportWh() + l.gridImportWh(),
              total.gridImportMicros() + l.gridImportMicros(),
              total.gridExportWh() + l.gridExportWh(),
              total.gridExportMicros() + l.gridExportMicros(),
              total.arrearsMicros() + l.arrearsMicros(),
              total.estimated() || l.estimated());
    }
    return total;
  }
}
