package org.gridledger.grid.screening;

import java.util.List;
import org.gridledger.grid.check.Violation;

/**
 * The linear estimate of a set of trades on top of an operating point.
 *
 * @param violations estimated violations, worst first
 * @param flaggedTradeIds trades that aggravate at least one estimated violation by a non-negligible
 *     amount (0.01 %-points of loading, 1e-5 p.u. of voltage), largest first
 * @param minVoltagePu lowest estimated bus voltage
 * @param maxLoadingPct highest estimated branch loading
 */
public record ScreeningResult(
    List<Violation> violations,
    List<String> flaggedTradeIds,
    double minVoltagePu,
    double maxLoadingPct) {
  public ScreeningResult {
    violations = List.copyOf(violations);
    flaggedTradeIds = List.copyOf(flaggedTradeIds);
  }

  /** No estimated violation: the schedule still needs a full AC flow before approval. */
  public boolean passes() {
    return violations.isEmpty();
  }
}
