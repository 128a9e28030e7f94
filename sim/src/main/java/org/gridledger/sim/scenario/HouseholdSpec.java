package org.gridledger.sim.scenario;

import java.util.List;

/**
 * The households: how many, their mean yearly consumption (kWh) and its spread between homes (the
 * standard deviation as a fraction of the mean), and optionally the bus of each (else they are
 * placed on the feeder's houses, or round robin over its buses).
 */
public record HouseholdSpec(int count, double annualKwh, double spread, List<String> buses) {
  public HouseholdSpec {
    if (count < 1 || !(annualKwh > 0) || spread < 0 || spread > 1) {
      throw new IllegalArgumentException("households need count >= 1, annual_kwh > 0, spread 0-1");
    }
    buses = List.copyOf(buses);
  }
}
