package org.gridledger.node.operator;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridledger.ledger.tx.MeterEnergy;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.metering.Metering;
import org.gridledger.metering.energy.IntervalEnergy;
import org.gridledger.metering.registry.Meter;

/**
 * Settlement's view of the metering module: the connection-point (household) meters' interval
 * energy from anchored readings, ready once every meter has reported past the interval or the
 * readings' deadline has passed (the silent ones then settle on flagged estimates).
 */
public final class MeteredEnergy implements MeterEnergySource {
  private final Metering metering;

  public MeteredEnergy(Metering metering) {
    this.metering = metering;
  }

  @Override
  public boolean ready(long intervalStart, long intervalMillis, long now) {
    return metering.energy().readiness(intervalStart, intervalMillis / 60_000, now).ready();
  }

  /** Household meters from their first reading on; an interval before it is not theirs to pay. */
  @Override
  public List<MeterEnergy> energies(long intervalStart, long intervalMillis) {
    return metering.energy().energies(intervalStart, intervalMillis / 60_000).stream()
        .filter(e -> isConnectionPoint(e.meterId()) && metered(e.meterId(), intervalStart))
        .map(IntervalEnergy::toMeterEnergy)
        .toList();
  }

  private boolean isConnectionPoint(String meterId) {
    return metering.meters().find(meterId).map(m -> m.kind() == MeterKind.HOUSEHOLD).orElse(false);
  }

  private boolean metered(String meterId, long intervalStart) {
    return metering.readings().floor(meterId, intervalStart).isPresent();
  }

  @Override
  public Map<String, Long> netInjectionByBus(long intervalStart, long intervalMillis) {
    Map<String, Long> byBus = new TreeMap<>();
    long minutes = intervalMillis / 60_000;
    for (Meter m : metering.meters().all()) {
      if (m.kind() != MeterKind.HOUSEHOLD) {
        continue;
      }
      IntervalEnergy e = metering.energy().energy(m.id(), intervalStart, minutes);
      long netWh = e.exported().wh() - e.imported().wh();
      byBus.merge(m.bus(), netWh * 60 / minutes, Long::sum);
    }
    return byBus.isEmpty() ? null : byBus;
  }
}
