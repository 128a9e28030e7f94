package org.gridledger.sim.run;

/** Told of the run's progress, for a progress bar; called on the simulation's thread. */
public interface ProgressListener {
  ProgressListener NONE = (done, total) -> {};

  /** The node is serving on {@code apiPort} and the community is enrolled. */
  default void started(int apiPort) {}

  /** {@code done} of {@code total} intervals are through. */
  void progress(int done, int total);
}
