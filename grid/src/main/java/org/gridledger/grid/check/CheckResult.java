package org.gridledger.grid.check;

import java.util.List;
import org.gridledger.grid.flow.FlowResult;

/**
 * A power flow and the limits it breaks. Approved only when the flow converged and nothing is
 * broken: a flow that did not converge carries a {@link ViolationKind#NOT_CONVERGED} violation.
 */
public record CheckResult(FlowResult flow, Limits limits, List<Violation> violations) {
  public CheckResult {
    violations = List.copyOf(violations);
  }

  public boolean approved() {
    return flow.converged() && violations.isEmpty();
  }
}
