package org.gridledger.consensus.cluster;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.gridledger.ledger.crypto.PublicKey;

/**
 * The authorities of a cluster and the Raft group they form.
 *
 * @param groupId the Raft group's id: the same on every node
 * @param members every authority that may take part, voters from the start and those that may join
 *     later
 */
public record ClusterSpec(UUID groupId, List<Member> members) {
  public ClusterSpec {
    members = List.copyOf(members);
    Set<String> ids = new HashSet<>();
    Set<PublicKey> keys = new HashSet<>();
    Set<String> addresses = new HashSet<>();
    for (Member m : members) {
      if (!ids.add(m.id())) {
        throw new IllegalArgumentException("two members are called " + m.id());
      }
      if (!keys.add(m.key())) {
        throw new IllegalArgumentException("two members share the key " + m.key());
      }
      if (!addresses.add(m.raftAddress())) {
        throw new IllegalArgumentException("two members share the Raft address " + m.raftAddress());
      }
    }
    if (members.stream().noneMatch(Member::voter)) {
      throw new IllegalArgumentException("the cluster needs at least one voting member");
    }
  }

  public List<Member> voters() {
    return members.stream().filter(Member::voter).toList();
  }

  public Optional<Member> member(String id) {
    return members.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  public Optional<Member> member(PublicKey key) {
    return members.stream().filter(m -> m.key().equals(key)).findFirst();
  }

  /** The member called {@code id}, or a refusal naming the known ones. */
  public Member require(String id) {
    return member(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no member "
                        + id
                        + " in the cluster; members: "
                        + members.stream().map(Member::id).toList()));
  }
}
