package org.gridledger.sim.community;

/**
 * One stay of an EV at its home charge point: plugged in from interval {@code arrival} (inclusive)
 * to {@code departure} (exclusive), needing {@code energyWh} back.
 */
public record EvSession(int household, int arrival, int departure, long energyWh) {
  public EvSession {
    if (arrival < 0 || departure <= arrival || energyWh < 0) {
      throw new IllegalArgumentException("an EV session needs arrival < departure, energy >= 0");
    }
  }
}
