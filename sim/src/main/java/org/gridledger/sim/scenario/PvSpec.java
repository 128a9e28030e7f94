package org.gridledger.sim.scenario;

/**
 * Rooftop PV: the share of households that have it, the range of sizes (kWp, uniform), where the
 * sun is computed for (latitude and longitude, degrees) and the mean cloudiness (0 clear to 1
 * overcast; each day draws its own around it).
 */
public record PvSpec(
    double share,
    double kwpMin,
    double kwpMax,
    double latitude,
    double longitude,
    double cloudiness) {
  public PvSpec {
    if (share < 0 || share > 1 || kwpMin < 0 || kwpMax < kwpMin) {
      throw new IllegalArgumentException("pv needs share 0-1 and 0 <= kwp_min <= kwp_max");
    }
  }
}
