package org.gridledger.flex.agents;

import java.util.Map;

/**
 * An agent's answer to an event: the W it commits (0: it does not opt in), and its plan per
 * interval of the horizon: EV charging, battery discharge (negative: charging), when each appliance
 * starts, and the home's resulting net load (Wh).
 */
public record DrResponse(
    long committedW,
    long[] evChargeWh,
    long[] batteryDischargeWh,
    Map<String, Integer> applianceStarts,
    long[] netLoadWh) {
  public DrResponse {
    evChargeWh = evChargeWh.clone();
    batteryDischargeWh = batteryDischargeWh.clone();
    applianceStarts = Map.copyOf(applianceStarts);
    netLoadWh = netLoadWh.clone();
  }

  public boolean optsIn() {
    return committedW > 0;
  }
}
