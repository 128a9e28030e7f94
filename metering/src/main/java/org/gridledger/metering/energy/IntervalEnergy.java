package org.gridledger.metering.energy;

import org.gridledger.ledger.tx.MeterEnergy;
import org.gridledger.ledger.units.Energy;

/**
 * The energy one meter measured over one interval [start, start + minutes): imported from and
 * exported to the grid, in Wh, and how it was obtained ({@link #estimated()} unless both ends were
 * measured).
 */
public record IntervalEnergy(
    String meterId,
    long intervalStartMillis,
    long intervalMinutes,
    Energy imported,
    Energy exported,
    Quality quality) {
  public IntervalEnergy {
    if (imported.wh() < 0 || exported.wh() < 0) {
      throw new IllegalArgumentException("interval energy must not be negative");
    }
  }

  public boolean estimated() {
    return quality.isEstimate();
  }

  public long intervalEndMillis() {
    return intervalStartMillis + intervalMinutes * 60_000;
  }

  /** The form a settlement transaction carries. */
  public MeterEnergy toMeterEnergy() {
    return new MeterEnergy(meterId, imported, exported, estimated());
  }
}
