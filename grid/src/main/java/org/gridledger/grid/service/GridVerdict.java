package org.gridledger.grid.service;

import java.util.List;

/**
 * The DSO's answer for one cleared interval, in integers so that the ledger converts it
 * deterministically: approve every trade as cleared, or curtail named trades by named amounts. The
 * market wraps it in a transaction that the DSO signs.
 */
public sealed interface GridVerdict {

  /** Every trade passes as cleared: the AC flow of the schedule converged within all limits. */
  record Approve() implements GridVerdict {}

  /**
   * Trades to cut. {@code unresolved} names violations that no curtailment of these trades removes
   * (already present without the trades, or a flow that does not converge); an empty list means the
   * curtailed schedule was confirmed by a full AC flow within all limits.
   */
  record Curtail(List<Curtailment> curtailments, List<String> unresolved) implements GridVerdict {
    public Curtail {
      curtailments = List.copyOf(curtailments);
      unresolved = List.copyOf(unresolved);
      if (curtailments.isEmpty() && unresolved.isEmpty()) {
        throw new IllegalArgumentException(
            "a curtail verdict without curtailments must say what is unresolved");
      }
    }
  }
}
