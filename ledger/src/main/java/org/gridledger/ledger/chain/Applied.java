package org.gridledger.ledger.chain;

/** What {@link Chain#apply} made of a block another authority proposed. */
public sealed interface Applied {
  /** The block was sound and is committed; its proposal carries the writes it made. */
  record Committed(Proposal proposal) implements Applied {}

  /** The block was refused for {@code problem}, which names its height; the chain is unchanged. */
  record Refused(String problem) implements Applied {}
}
