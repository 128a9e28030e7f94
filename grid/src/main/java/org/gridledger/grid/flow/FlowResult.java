package org.gridledger.grid.flow;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The result of an AC power flow. When {@code converged} is false the voltage and flow lists are
 * empty and {@code status} says why; such a result must never be read as an approval.
 *
 * @param converged whether Newton-Raphson converged
 * @param status the solver's status, e.g. "CONVERGED" or "MAX_ITERATION_REACHED"
 * @param iterations Newton-Raphson iterations
 * @param lossesW total active losses in W
 * @param buses bus voltages in model order
 * @param branches branch flows in model order
 */
public record FlowResult(
    boolean converged,
    String status,
    int iterations,
    double lossesW,
    List<BusVoltage> buses,
    List<BranchFlow> branches) {

  public FlowResult {
    buses = List.copyOf(buses);
    branches = List.copyOf(branches);
  }

  static FlowResult failed(String status, int iterations) {
    return new FlowResult(false, status, iterations, Double.NaN, List.of(), List.of());
  }

  /** The bus with the lowest voltage, empty if the flow did not converge. */
  public Optional<BusVoltage> minVoltage() {
    return buses.stream().min(Comparator.comparingDouble(BusVoltage::vPu));
  }

  /** The voltage of a bus by id. */
  public Optional<BusVoltage> bus(String id) {
    return buses.stream().filter(b -> b.busId().equals(id)).findFirst();
  }

  /** The flow of a branch by id. */
  public Optional<BranchFlow> branch(String id) {
    return branches.stream().filter(b -> b.id().equals(id)).findFirst();
  }
}
