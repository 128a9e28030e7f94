package org.gridledger.consensus.cluster;

import java.util.List;
import java.util.Optional;

/**
 * What one node knows of the cluster at a moment.
 *
 * @param role LEADER, FOLLOWER, CANDIDATE or LISTENER
 * @param voters the ids of the current Raft configuration
 */
public record ClusterStatus(
    String self,
    String role,
    Optional<String> leader,
    long term,
    long appliedIndex,
    long commitIndex,
    List<String> voters) {}
