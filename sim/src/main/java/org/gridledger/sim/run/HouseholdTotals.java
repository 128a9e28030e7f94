package org.gridledger.sim.run;

/**
 * One household over the run, in Wh: what its meter measured (import, export), what it consumed
 * (with EV, after demand response), produced, charged its EV with, cut for demand response, PV
 * curtailed at the DSO's request, and what its meter would have measured without the market's
 * curtailments (the tariff-only case).
 */
public final class HouseholdTotals {
  long importWh;
  long exportWh;
  long loadWh;
  long pvWh;
  long evWh;
  long drWh;
  long curtailedWh;
  long tariffImportWh;
  long tariffExportWh;

  public long importWh() {
    return importWh;
  }

  public long exportWh() {
    return exportWh;
  }

  public long loadWh() {
    return loadWh;
  }

  public long pvWh() {
    return pvWh;
  }

  public long evWh() {
    return evWh;
  }

  public long drWh() {
    return drWh;
  }

  public long curtailedWh() {
    return curtailedWh;
  }

  public long tariffImportWh() {
    return tariffImportWh;
  }

  public long tariffExportWh() {
    return tariffExportWh;
  }
}
