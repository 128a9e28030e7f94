package org.gridledger.consensus.cluster;

import java.time.Duration;

/**
 * The knobs of the Raft cluster.
 *
 * @param electionTimeoutMin a follower that hears nothing from a leader for a random time between
 *     this and {@code electionTimeoutMax} starts an election
 * @param snapshotThreshold log entries applied between two snapshots of the store; the log is
 *     purged up to each snapshot
 * @param attestationWait how long the leader may wait for the other authorities' attestations of
 *     its head before it proposes a block without some of them
 * @param maxBlockBytes the most bytes of transactions in one block (one Raft log entry)
 */
public record ClusterTuning(
    Duration electionTimeoutMin,
    Duration electionTimeoutMax,
    long snapshotThreshold,
    Duration attestationWait,
    int maxBlockBytes) {
  public ClusterTuning {
    if (electionTimeoutMin.isNegative()
        || electionTimeoutMin.isZero()
        || electionTimeoutMax.compareTo(electionTimeoutMin) <= 0) {
      throw new IllegalArgumentException("election timeouts: 0 < min < max");
    }
    if (snapshotThreshold < 1 || maxBlockBytes < 1024 || maxBlockBytes > 12 * 1024 * 1024) {
      throw new IllegalArgumentException(
          "the snapshot threshold must be positive and a block 1 KiB to 12 MiB");
    }
  }

  public static ClusterTuning defaults() {
    return new ClusterTuning(
        Duration.ofMillis(1000), Duration.ofMillis(2000), 2048, Duration.ofMillis(20), 8 << 20);
  }

  public ClusterTuning withSnapshotThreshold(long entries) {
    return new ClusterTuning(
        electionTimeoutMin, electionTimeoutMax, entries, attestationWait, maxBlockBytes);
  }
}
