package org.gridledger.metering.energy;

/** A meter's registers (Wh) at one instant, read or estimated. */
record RegisterValue(long importWh, long exportWh, Quality quality) {
  static final RegisterValue MISSING = new RegisterValue(0, 0, Quality.MISSING);
}
