package org.gridledger.ledger.chain;

import java.util.List;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.store.StoreWrite;

/**
 * Off-chain records a block anchors (meter readings): the proposer asks for the batch of the next
 * block, puts its Merkle root in the header, and commits the batch's writes (which record what was
 * anchored where) atomically with the block.
 */
@FunctionalInterface
public interface Anchors {
  Anchors NONE = height -> Batch.EMPTY;

  /** The records the block at {@code height} anchors; called once per proposal. */
  Batch prepare(long height);

  /** After the block at {@code height} is durable, or after its proposal was abandoned. */
  default void settled(long height, boolean committed) {}

  /** The Merkle root of the anchored records, and the writes that record the anchoring. */
  record Batch(Hash root, List<StoreWrite> writes) {
    public static final Batch EMPTY = new Batch(Hash.ZERO, List.of());

    public Batch {
      writes = List.copyOf(writes);
    }
  }
}
