package org.gridledger.sim.scenario;

/**
 * Home batteries: the share of PV households that have one, its usable capacity (kWh) and its power
 * (kW).
 */
public record BatterySpec(double share, double capacityKwh, double powerKw) {
  public BatterySpec {
    if (share < 0 || share > 1 || capacityKwh < 0 || powerKw < 0) {
      throw new IllegalArgumentException("batteries need share 0-1, capacity and power >= 0");
    }
  }
}
