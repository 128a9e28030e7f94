package org.gridledger.ledger.tx;

import org.gridledger.ledger.units.Energy;

/**
 * What one meter measured over an interval: energy taken from and given to the grid, and whether
 * the figures are the DSO's estimate for missing readings.
 */
public record MeterEnergy(String meterId, Energy imported, Energy exported, boolean estimated) {
  public MeterEnergy {
    Text.require(meterId, "meter_id", 64, false);
    Text.present(imported, "import");
    Text.present(exported, "export");
    if (imported.wh() < 0 || exported.wh() < 0) {
      throw new IllegalArgumentException("meter " + meterId + ": energy must not be negative");
    }
  }
}
