package org.gridledger.ledger.pool;

import org.gridledger.ledger.exec.Refusal;

/** What became of an admitted transaction. */
public sealed interface TxStatus {
  /** Committed in block {@code height} at {@code index}: durable. */
  record Committed(long height, int index) implements TxStatus {}

  /** Left out of the block by execution, for the reason given; the state is unchanged. */
  record Rejected(Refusal refusal) implements TxStatus {}
}
