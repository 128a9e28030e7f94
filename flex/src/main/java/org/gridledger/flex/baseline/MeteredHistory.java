package org.gridledger.flex.baseline;

import org.gridledger.metering.energy.IntervalEnergy;
import org.gridledger.metering.energy.IntervalEnergyService;
import org.gridledger.metering.energy.Quality;

/**
 * The metering module's anchored readings as history: interval energy from {@link
 * IntervalEnergyService} (the same figures the market settles on), net of export.
 */
public final class MeteredHistory implements MeterHistory {
  private final IntervalEnergyService energy;

  public MeteredHistory(IntervalEnergyService energy) {
    this.energy = energy;
  }

  @Override
  public NetEnergy net(String meterId, long startMillis, long minutes) {
    IntervalEnergy e = energy.energy(meterId, startMillis, minutes);
    return new NetEnergy(e.imported().wh() - e.exported().wh(), e.quality() == Quality.MEASURED);
  }
}
