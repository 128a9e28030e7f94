package org.gridledger.ledger.chain;

import java.util.List;
import org.gridledger.ledger.crypto.Hash;

/** The path that proves one leaf belongs to a Merkle root; verifiable by anyone. */
public record MerkleProof(Hash leaf, List<Step> steps) {
  public MerkleProof {
    steps = List.copyOf(steps);
  }

  /** One sibling on the way up, and whether it stands to the left. */
  public record Step(Hash sibling, boolean siblingOnLeft) {}

  public Hash computeRoot() {
    Hash node = leaf;
    for (Step step : steps) {
      node =
          step.siblingOnLeft()
              ? MerkleTree.node(step.sibling(), node)
              : MerkleTree.node(node, step.sibling());
    }
    return node;
  }

  public boolean verifies(Hash root) {
    return computeRoot().equals(root);
  }
}
