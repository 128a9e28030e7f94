package org.gridledger.metering.anchor;

import java.util.List;
import java.util.Optional;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.chain.MerkleTree;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.metering.store.ReadingStore;
import org.gridledger.metering.store.StoredReading;

/** Builds the proof of an anchored reading from the stored leaves of its block. Thread-safe. */
public final class ReadingProofs {
  private final ReadingStore store;

  public ReadingProofs(ReadingStore store) {
    this.store = store;
  }

  /** The proof of reading {@code sequence} of {@code meterId}; empty if it is not anchored. */
  public Optional<ReadingProof> proof(String meterId, long sequence) {
    Optional<StoredReading> stored = store.bySequence(meterId, sequence);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    StoredReading r = stored.get();
    List<Hash> leaves = store.leaves(r.height());
    Optional<Block> block = store.chainStore().block(r.height());
    if (block.isEmpty() || r.index() >= leaves.size()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReadingProof(
            r.signed(), block.get().header(), r.index(), MerkleTree.proof(leaves, r.index())));
  }
}
