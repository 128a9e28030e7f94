package org.gridledger.ledger.tx;

/**
 * How the baseline of a demand-response event is computed from each meter's metered history (see
 * {@code flex/README.md}): the operator computes it off-chain from anchored readings and carries it
 * in the event's settlement, so an auditor can recompute it from the readings and their proofs.
 */
public enum BaselineMethod {
  /**
   * The 5 of the 10 most recent similar days with the highest consumption over the event window,
   * averaged per interval, then scaled by the same-day adjustment (capped at ±20 %).
   */
  HIGH_5_OF_10,
  /** The plain average per interval of the 10 most recent similar days, no adjustment. */
  AVERAGE_10;

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
