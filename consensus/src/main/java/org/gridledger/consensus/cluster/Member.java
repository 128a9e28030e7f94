package org.gridledger.consensus.cluster;

import java.net.URI;
import java.util.Objects;
import org.gridledger.ledger.crypto.PublicKey;

/**
 * One authority of the cluster.
 *
 * @param id its Raft peer id (letters, digits, '-' and '_')
 * @param key its authority key: it signs the blocks it proposes and its attestations
 * @param raftAddress host:port of its Raft (gRPC) endpoint
 * @param api the base URL of its REST API, where other nodes forward submissions
 * @param voter whether it is in the Raft group from the start; others join by a membership change
 */
public record Member(String id, PublicKey key, String raftAddress, URI api, boolean voter) {
  public Member {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(api, "api");
    if (id == null || !id.matches("[A-Za-z0-9_-]{1,32}")) {
      throw new IllegalArgumentException(
          "a member id is 1 to 32 letters, digits, '-' or '_', not " + id);
    }
    if (raftAddress == null || !raftAddress.matches("[^:\\s]+:\\d{1,5}")) {
      throw new IllegalArgumentException(
          "member " + id + ": the Raft address must be host:port, not " + raftAddress);
    }
  }

  public String host() {
    return raftAddress.substring(0, raftAddress.lastIndexOf(':'));
  }

  public int raftPort() {
    return Integer.parseInt(raftAddress.substring(raftAddress.lastIndexOf(':') + 1));
  }
}
