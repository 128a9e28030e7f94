package org.gridledger.sim.scenario;

/**
 * Electric vehicles, each charged at its household's private charge point ({@code CP-…}).
 *
 * @param share of households owning an EV
 * @param batteryKwh the car's battery, kWh
 * @param chargeKw the private charge point's power, kW
 * @param arrivalHour mean arrival home, hours after the day's midnight (UTC)
 * @param arrivalSd its standard deviation, hours
 * @param departureHour mean departure, hours after the arrival day's midnight; more than 24 is the
 *     next morning; must be after the arrival
 * @param departureSd its standard deviation, hours
 * @param tripKwh mean energy used by the day's trips, kWh (what is recharged)
 * @param tripSd its standard deviation, kWh
 * @param steering "none" (charge at full power on arrival) or "price" (the cheapest intervals of
 *     the stay, filling the community's valleys)
 */
public record EvSpec(
    double share,
    double batteryKwh,
    double chargeKw,
    double arrivalHour,
    double arrivalSd,
    double departureHour,
    double departureSd,
    double tripKwh,
    double tripSd,
    String steering) {
  public EvSpec {
    if (share < 0 || share > 1 || !(batteryKwh > 0) || !(chargeKw > 0)) {
      throw new IllegalArgumentException("evs need share 0-1, battery and charge power > 0");
    }
    if (!(departureHour > arrivalHour)) {
      throw new IllegalArgumentException("evs.departure_hour must be after evs.arrival_hour");
    }
  }

  public boolean steered() {
    return steering.equals("price");
  }
}
