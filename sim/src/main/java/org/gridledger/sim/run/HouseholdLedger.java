package org.gridledger.sim.run;

/**
 * What the ledger holds for one household after the run: its balance's change and the sums of its
 * bill lines (energy in Wh, money in µ). {@code billNetMicros} equals {@code balanceChangeMicros}
 * when settlement booked every movement on the bill, which the tests check.
 */
public record HouseholdLedger(
    long balanceChangeMicros,
    long billNetMicros,
    long boughtWh,
    long soldWh,
    long paidMicros,
    long earnedMicros,
    long feesMicros,
    long gridImportWh,
    long gridImportMicros,
    long gridExportWh,
    long gridExportMicros,
    long arrearsMicros) {

  /** Net energy taken from the grid according to the bill: bought − sold + import − export. */
  public long netImportWh() {
    return boughtWh - soldWh + gridImportWh - gridExportWh;
  }
}
