package org.gridledger.metering.energy;

/** How an interval's energy was obtained. */
public enum Quality {
  /** From readings at or close around both ends of the interval. */
  MEASURED,
  /** Interpolated across a gap in the readings, or held flat past the last one: an estimate. */
  ESTIMATED,
  /** The meter has no anchored reading at all: zero, and an estimate. */
  MISSING;

  public boolean isEstimate() {
    return this != MEASURED;
  }

  Quality worst(Quality other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
