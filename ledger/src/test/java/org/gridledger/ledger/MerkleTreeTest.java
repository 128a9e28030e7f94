package org.gridledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gridledger.ledger.chain.MerkleProof;
import org.gridledger.ledger.chain.MerkleTree;
import org.gridledger.ledger.crypto.Hash;

class MerkleTreeTest {
  private static List<Hash> leaves(int n) {
    List<Hash> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Hash.sha256(new byte[] {(byte) i, (byte) (i >> 8)}));
    }
    return out;
  }

  @Property(tries = 60)
  void everyLeafHasAProofOfTheRootAndNoOtherLeafFitsIt(@ForAll @IntRange(min = 1, max = 70) int n) {
    List<Hash> leaves = leaves(n);
    Hash root = MerkleTree.root(leaves);
    for (int i = 0; i < n; i++) {
      MerkleProof proof = MerkleTree.proof(leaves, i);
      assertThat(proof.verifies(root)).isTrue();
      assertThat(new MerkleProof(Hash.sha256(new byte[] {9, 9, 9}), proof.steps()).verifies(root))
          .isFalse();
    }
  }

  @Property(tries = 30)
  void listsOfDifferentLengthHaveDifferentRoots(@ForAll @IntRange(min = 1, max = 40) int n) {
    Set<Hash> roots = new HashSet<>();
    for (int k = 1; k <= n; k++) {
      roots.add(MerkleTree.root(leaves(k)));
    }
    assertThat(roots).hasSize(n);
  }
}
