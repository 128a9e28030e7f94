package org.gridledger.flex.baseline;

/** A meter's metered past as the baselines read it. Implementations must be deterministic. */
public interface MeterHistory {
  /** Net consumption (import − export, Wh) of the meter over [start, start + minutes). */
  NetEnergy net(String meterId, long startMillis, long minutes);

  /** A net energy and whether it was measured (false: interpolated, held flat or missing). */
  record NetEnergy(long wh, boolean measured) {}
}
