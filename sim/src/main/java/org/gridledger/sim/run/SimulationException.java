package org.gridledger.sim.run;

/** The simulation cannot go on: the node refused what it should accept, or it stalled. */
public final class SimulationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SimulationException(String message) {
    super(message);
  }
}
