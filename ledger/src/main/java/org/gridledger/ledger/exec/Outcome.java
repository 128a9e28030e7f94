package org.gridledger.ledger.exec;

/** What executing or admitting a transaction came to: applied, or refused with a reason. */
public sealed interface Outcome permits Outcome.Applied, Refusal {
  Outcome APPLIED = new Applied();

  default boolean isApplied() {
    return this instanceof Applied;
  }

  /** The transaction was (or may be) applied. */
  record Applied() implements Outcome {}
}
