package org.gridledger.grid.flow;

import org.gridledger.grid.GridModelException;

/**
 * Options of the AC power flow.
 *
 * @param warmStart start Newton-Raphson from the previous solution instead of a flat start: faster
 *     for successive checks, results then agree with a flat start within the solver tolerance
 * @param networkCache let OpenLoadFlow keep its internal network between runs (only injections
 *     change between runs)
 * @param maxIterations Newton-Raphson iteration limit
 */
public record FlowOptions(boolean warmStart, boolean networkCache, int maxIterations) {
  public FlowOptions {
    if (maxIterations < 1) {
      throw new GridModelException("maxIterations must be >= 1, got " + maxIterations);
    }
  }

  /** Flat start, no cache, 20 iterations: every run independent of the previous one. */
  public static FlowOptions defaults() {
    return new FlowOptions(false, false, 20);
  }

  /** Warm start and OpenLoadFlow's network cache: for repeated checks of the same network. */
  public static FlowOptions fast() {
    return new FlowOptions(true, true, 20);
  }
}
