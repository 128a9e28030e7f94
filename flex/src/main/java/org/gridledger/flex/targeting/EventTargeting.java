package org.gridledger.flex.targeting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridledger.grid.check.CheckResult;
import org.gridledger.grid.check.ConstraintCheck;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.check.Violation;
import org.gridledger.grid.check.ViolationKind;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.screening.Sensitivities;
import org.gridledger.ledger.tx.DrDirection;

/**
 * Turns a forecast of a feeder into a demand-response proposal (see {@code flex/README.md}): an AC
 * flow of the forecast net injections is checked against the limits; without violations there is
 * nothing to ask. Otherwise, around that operating point, for each violation the buses whose
 * injection moves the violated quantity most (at least half the strongest sensitivity; the source
 * bus excluded) are targeted, and the flexibility asked is the W that, split equally over them,
 * brings the linear estimate back inside the limit with a margin (0.002 p.u., 1 % of rating): Δ =
 * excess × m / Σ|s_j|, rounded up to 100 W. Undervoltages and overloads ask a reduction,
 * overvoltages an increase (reductions first when both occur); the largest need sets the request
 * and the union of the targets the buses. Off-ledger (floating point); what it proposes enters the
 * ledger as an integer, DSO-signed {@code create_dr_event}. Not thread-safe.
 */
public final class EventTargeting {
  static final double VOLTAGE_MARGIN = 0.002;
  static final double LOADING_MARGIN = 1.0;

  private final GridModel model;
  private final AcPowerFlow flow;
  private final ConstraintCheck check;

  public EventTargeting(GridModel model, Limits limits) {
    this.model = model;
    this.flow = new AcPowerFlow(model);
    this.check = new ConstraintCheck(limits);
  }

  public EventTargeting(org.gridledger.grid.service.GridService grid) {
    this(grid.model(), Limits.en50160());
  }

  /**
   * The proposal for one interval's forecast: net injection per bus in W (generation positive;
   * buses not named inject nothing), or null for the network model's base case.
   */
  public synchronized Optional<EventProposal> propose(String feeder, Map<String, Long> forecastW) {
    FlowResult point;
    if (forecastW == null) {
      point = flow.runBase();
    } else {
      Map<String, Injection> injections = new HashMap<>();
      Map<String, Injection> base = model.baseInjections();
      forecastW.forEach(
          (bus, w) -> {
            Injection b = base.getOrDefault(bus, Injection.ZERO);
            injections.put(bus, new Injection(w, b.qVar()));
          });
      point = flow.run(injections);
    }
    if (!point.converged()) {
      throw new org.gridledger.grid.GridModelException(
          "the forecast does not give a converged flow: " + point.status());
    }
    CheckResult result = check.check(point);
    if (result.violations().isEmpty()) {
      return Optional.empty();
    }
    Sensitivities s = Sensitivities.at(model, point);
    List<Violation> reduce = new ArrayList<>();
    List<Violation> increase = new ArrayList<>();
    for (Violation v : result.violations()) {
      (v.kind() == ViolationKind.OVERVOLTAGE ? increase : reduce).add(v);
    }
    DrDirection direction = reduce.isEmpty() ? DrDirection.INCREASE : DrDirection.REDUCE;
    List<Violation> chosen = reduce.isEmpty() ? increase : reduce;
    long need = 0;
    java.util.TreeSet<String> buses = new java.util.TreeSet<>();
    List<String> reasons = new ArrayList<>();
    for (Violation v : chosen) {
      double[] sens = sensitivities(s, v);
      double excess = excess(v, result.limits());
      double strongest = 0;
      for (int j = 0; j < sens.length; j++) {
        strongest = Math.max(strongest, Math.abs(sens[j]));
      }
      if (strongest == 0) {
        continue;
      }
      double sum = 0;
      int m = 0;
      for (int j = 0; j < sens.length; j++) {
        if (Math.abs(sens[j]) >= strongest / 2) {
          sum += Math.abs(sens[j]);
          m++;
          buses.add(model.buses().get(j).id());
        }
      }
      long w = (long) Math.ceil(excess * m / sum / 100.0) * 100;
      need = Math.max(need, w);
      reasons.add(v.message());
    }
    if (need == 0) {
      return Optional.empty();
    }
    return Optional.of(new EventProposal(feeder, List.copyOf(buses), direction, need, reasons));
  }

  private double[] sensitivities(Sensitivities s, Violation v) {
    int n = model.buses().size();
    double[] out = new double[n];
    int source = flow.busIndex(model.sourceBus());
    boolean bus = v.kind() == ViolationKind.UNDERVOLTAGE || v.kind() == ViolationKind.OVERVOLTAGE;
    int element = bus ? flow.busIndex(v.element()) : branchIndex(v.element());
    for (int j = 0; j < n; j++) {
      if (j != source && element >= 0) {
        out[j] = bus ? s.dVdP(element, j) : s.dLoadingdP(element, j);
      }
    }
    return out;
  }

  private int branchIndex(String id) {
    for (int k = 0; k < model.branches().size(); k++) {
      if (model.branches().get(k).id().equals(id)) {
        return k;
      }
    }
    return -1;
  }

  private static double excess(Violation v, Limits limits) {
    return switch (v.kind()) {
      case UNDERVOLTAGE -> v.limit() + VOLTAGE_MARGIN - v.value();
      case OVERVOLTAGE -> v.value() - v.limit() + VOLTAGE_MARGIN;
      case LINE_OVERLOAD, TRANSFORMER_OVERLOAD -> v.value() - v.limit() + LOADING_MARGIN;
      case NOT_CONVERGED -> 0;
    };
  }
}
