package org.gridledger.ledger.tx;

/**
 * What a meter measures, which decides its place in the DSO's energy balance: a feeder-head or
 * transformer meter measures what enters a feeder; household (connection-point) meters what leaves
 * it; PV and EV sub-meters sit behind a household meter and are not counted twice.
 */
public enum MeterKind {
  /** The bidirectional meter at a connection point (household, shop, public charger). */
  HOUSEHOLD,
  /** A sub-meter of rooftop PV generation, behind a household meter. */
  PV,
  /** A sub-meter of an EV charging point, behind a household meter. */
  EV,
  /** The meter at the head of a feeder, in the substation. */
  FEEDER_HEAD,
  /** The meter of a secondary (MV/LV) transformer, heading the LV feeder it supplies. */
  TRANSFORMER;

  /** Whether this meter measures what enters its feeder. */
  public boolean isHead() {
    return this == FEEDER_HEAD || this == TRANSFORMER;
  }
}
