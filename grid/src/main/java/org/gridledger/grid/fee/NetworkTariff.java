package org.gridledger.grid.fee;

import org.gridledger.grid.GridModelException;

/**
 * A network tariff by electrical distance, in micro-units of currency per kWh:
 *
 * <pre>fee = min(cap, fixed + round(perUnit * d))</pre>
 *
 * where d is the electrical distance between the two buses (see {@link NetworkFee}) in per unit on
 * a 1 MVA base.
 *
 * @param fixedMicroPerKwh charged for any trade, also within one bus, >= 0
 * @param microPerKwhPerPu charged per per-unit of electrical distance, >= 0
 * @param capMicroPerKwh upper bound of the fee, >= fixed
 */
public record NetworkTariff(long fixedMicroPerKwh, long microPerKwhPerPu, long capMicroPerKwh) {
  public NetworkTariff {
    if (fixedMicroPerKwh < 0 || microPerKwhPerPu < 0 || capMicroPerKwh < fixedMicroPerKwh) {
      throw new GridModelException(
          "tariff needs 0 <= fixed <= cap and a non-negative rate, got fixed "
              + fixedMicroPerKwh
              + ", rate "
              + microPerKwhPerPu
              + ", cap "
              + capMicroPerKwh);
    }
  }

  /** 0.01 per kWh fixed, 0.05 per kWh per p.u., at most 0.08 per kWh (micro-units). */
  public static NetworkTariff defaults() {
    return new NetworkTariff(10_000, 50_000, 80_000);
  }
}
