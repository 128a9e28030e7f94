package org.gridledger.grid.curtailment;

import java.util.List;
import org.gridledger.grid.check.CheckResult;
import org.gridledger.grid.check.Violation;
import org.gridledger.grid.service.Curtailment;

/**
 * The outcome of {@link CurtailmentPlanner}: the curtailments in integer Wh, the full AC check of
 * the schedule with them applied, and the violations that curtailing these trades cannot remove.
 *
 * @param curtailments one per curtailed trade, in the order of the trades
 * @param confirmed AC check of the curtailed schedule
 * @param unresolved violations of {@code confirmed} that no trade relieves
 * @param acFlows number of AC flows run
 */
public record CurtailmentPlan(
    List<Curtailment> curtailments,
    CheckResult confirmed,
    List<Violation> unresolved,
    int acFlows) {
  public CurtailmentPlan {
    curtailments = List.copyOf(curtailments);
    unresolved = List.copyOf(unresolved);
  }

  /** Total curtailed energy in Wh. */
  public long curtailedWh() {
    return curtailments.stream().mapToLong(Curtailment::curtailedWh).sum();
  }
}
