package org.gridledger.ledger.chain;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.crypto.Hash;

/**
 * A binary Merkle tree over leaf hashes. Inner nodes are SHA-256(0x01 || left || right); a node
 * without a sibling moves up unchanged (never duplicated, so no two lists share a root); the root
 * of no leaves is {@link Hash#ZERO}.
 */
public final class MerkleTree {
  private MerkleTree() {}

  public static Hash root(List<Hash> leaves) {
    if (leaves.isEmpty()) {
      return Hash.ZERO;
    }
    List<Hash> level = leaves;
    while (level.size() > 1) {
      level = parents(level);
    }
    return level.get(0);
  }

  private static List<Hash> parents(List<Hash> level) {
    List<Hash> up = new ArrayList<>((level.size() + 1) / 2);
    for (int i = 0; i < level.size(); i += 2) {
      up.add(i + 1 < level.size() ? node(level.get(i), level.get(i + 1)) : level.get(i));
    }
    return up;
  }

  static Hash node(Hash left, Hash right) {
    MessageDigest digest = Hash.sha256();
    digest.update((byte) 1);
    digest.update(left.toBytes());
    digest.update(right.toBytes());
    return Hash.of(digest);
  }

  /** The sibling path from leaf {@code index} to the root. */
  public static MerkleProof proof(List<Hash> leaves, int index) {
    if (index < 0 || index >= leaves.size()) {
      throw new IndexOutOfBoundsException("no leaf " + index + " among " + leaves.size());
    }
    List<MerkleProof.Step> steps = new ArrayList<>();
    List<Hash> level = leaves;
    int position = index;
    while (level.size() > 1) {
      int sibling = position ^ 1;
      if (sibling < level.size()) {
        steps.add(new MerkleProof.Step(level.get(sibling), sibling < position));
      }
      level = parents(level);
      position /= 2;
    }
    return new MerkleProof(leaves.get(index), steps);
  }
}
