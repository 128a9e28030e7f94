package org.gridledger.grid.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gridledger.grid.flow.BranchFlow;
import org.gridledger.grid.flow.BusVoltage;
import org.gridledger.grid.flow.FlowResult;

/**
 * Checks a flow against a voltage band and the thermal ratings of lines and transformers.
 * Violations are listed worst first within each kind: voltages, then loadings. Stateless and
 * thread-safe.
 */
public final class ConstraintCheck {
  private final Limits limits;

  public ConstraintCheck(Limits limits) {
    this.limits = limits;
  }

  public Limits limits() {
    return limits;
  }

  public CheckResult check(FlowResult flow) {
    if (!flow.converged()) {
      return new CheckResult(
          flow,
          limits,
          List.of(
              new Violation(flow.status(), ViolationKind.NOT_CONVERGED, Double.NaN, Double.NaN)));
    }
    List<Violation> voltages = new ArrayList<>();
    for (BusVoltage b : flow.buses()) {
      if (b.vPu() < limits.vMinPu()) {
        voltages.add(
            new Violation(b.busId(), ViolationKind.UNDERVOLTAGE, b.vPu(), limits.vMinPu()));
      } else if (b.vPu() > limits.vMaxPu()) {
        voltages.add(new Violation(b.busId(), ViolationKind.OVERVOLTAGE, b.vPu(), limits.vMaxPu()));
      }
    }
    voltages.sort(Comparator.comparingDouble(v -> -Math.abs(v.value() - 1)));
    List<Violation> loadings = new ArrayList<>();
    for (BranchFlow f : flow.branches()) {
      if (f.loadingPct() > limits.maxLoadingPct()) {
        ViolationKind kind =
            f.kind().equals("transformer")
                ? ViolationKind.TRANSFORMER_OVERLOAD
                : ViolationKind.LINE_OVERLOAD;
        loadings.add(new Violation(f.id(), kind, f.loadingPct(), limits.maxLoadingPct()));
      }
    }
    loadings.sort(Comparator.comparingDouble(v -> -v.value()));
    List<Violation> all = new ArrayList<>(voltages);
    all.addAll(loadings);
    return new CheckResult(flow, limits, all);
  }
}
