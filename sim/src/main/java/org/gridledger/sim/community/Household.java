package org.gridledger.sim.community;

/**
 * One simulated household: its name, the bus it is connected to, its connection-point meter and
 * (with an EV) its private charge point, its yearly consumption (kWh), PV size (kWp), battery
 * (capacity in Wh, power in W), whether it owns an EV and takes part in demand response.
 */
public record Household(
    int index,
    String name,
    String bus,
    String meterId,
    String chargePointId,
    double annualKwh,
    double pvKwp,
    long batteryWh,
    long batteryW,
    boolean hasEv,
    boolean demandResponse) {
  public Household {
    if (bus == null || meterId == null || annualKwh <= 0 || pvKwp < 0) {
      throw new IllegalArgumentException("household " + name + " is incomplete");
    }
    if (batteryWh < 0 || batteryW < 0) {
      throw new IllegalArgumentException("household " + name + ": negative battery");
    }
  }
}
