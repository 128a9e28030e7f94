package org.gridledger.market.clearing;

/**
 * How electrically far apart two buses are, used to prefer close buyer–seller pairs among pairs at
 * equal price. Only the order of the values matters, not their scale.
 *
 * <p>Contract: deterministic and pure (the same buses always give the same value, on every node);
 * never negative; a bus is at distance 0 from itself, the closest possible. Called from the
 * clearing thread only, at most a bounded number of times per clearing (see {@link DoubleAuction}).
 */
@FunctionalInterface
public interface ElectricalDistance {

  /** Every bus equally far from every other bus (and 0 from itself). */
  ElectricalDistance UNIFORM = (busA, busB) -> busA.equals(busB) ? 0 : 1;

  /**
   * The distance between two buses; smaller is closer.
   *
   * @return a value of 0 or more
   */
  long between(String busA, String busB);
}
