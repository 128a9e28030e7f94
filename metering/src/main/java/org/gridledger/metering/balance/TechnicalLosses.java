package org.gridledger.metering.balance;

import org.gridledger.ledger.units.Energy;

/**
 * The technical losses (Joule losses in lines and transformers) a feeder is expected to have over
 * an interval, given what its head meters measured. The default is {@link FixedFractionLosses}; a
 * power-flow based model of the grid module plugs in here.
 */
@FunctionalInterface
public interface TechnicalLosses {
  /**
   * @param headImport energy that entered the feeder through its head (Wh)
   * @param headExport energy that left the feeder upstream through its head (Wh)
   */
  Energy expected(String feeder, Energy headImport, Energy headExport, long intervalMinutes);
}
