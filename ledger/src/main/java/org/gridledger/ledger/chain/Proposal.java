package org.gridledger.ledger.chain;

import java.util.List;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.state.WriteSet;
import org.gridledger.ledger.store.StoreWrite;
import org.gridledger.ledger.tx.Transaction;

/**
 * A block built and executed but not yet committed: the block, the state writes it makes, the
 * writes recording what it anchors, and the candidate transactions that execution refused and left
 * out.
 */
public record Proposal(
    Block block, WriteSet writes, List<StoreWrite> anchorWrites, List<Rejected> rejected) {
  public Proposal {
    anchorWrites = List.copyOf(anchorWrites);
    rejected = List.copyOf(rejected);
  }

  /** A candidate transaction left out of the block, and why. */
  public record Rejected(Transaction transaction, Refusal refusal) {}
}
