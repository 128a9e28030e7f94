package org.gridledger.flex.targeting;

import java.util.ArrayList;
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
import org.gridledger.grid.screening.Sensitivities;
import org.gridledger.ledger.tx.DrDirection;

/**
 * Turns a forecast of a feeder into a demand-response proposal (see {@code flex/README.md}): an AC
 * flow of the forecast net injections is checked against the limits; without violations there is
 * nothing to ask. Otherwise, around that operating point, the buses whose injection moves a
 * violated quantity most (at least half its strongest sensitivity; the source bus excluded) are
 * targeted, and the request is the W that, split equally over the targeted buses, brings each
 * violation's linear estimate back inside its limit with a margin (0.002 p.u., 1 % of rating): Δ =
 * excess × m / Σ_targets |s_j|, the largest over the violations, rounded up to 100 W. A full AC
 * flow then confirms it, raising it by 10 % a round (at most 8) until the feeder is within limits.
 * Undervoltages and overloads ask a reduction, overvoltages an increase (reductions first when both
 * occur). Off-ledger (floating point); what it proposes enters the ledger as an integer, DSO-signed
 * {@code create_dr_event}. Thread-safe (calls are serialised).
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
    double[] p = new double[model.buses().size()];
    double[] q = new double[p.length];
    model
        .baseInjections()
        .forEach(
            (bus, inj) -> {
              p[flow.busIndex(bus)] += forecastW == null ? inj.pW() : 0;
              q[flow.busIndex(bus)] += inj.qVar();
            });
    if (forecastW != null) {
      forecastW.forEach((bus, w) -> p[flow.busIndex(bus)] += w);
    }
    FlowResult point = flow.run(p, q);
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
    java.util.TreeSet<String> buses = new java.util.TreeSet<>();
    List<String> reasons = new ArrayList<>();
    List<double[]> sensitivities = new ArrayList<>();
    for (Violation v : chosen) {
      double[] sens = sensitivities(s, v);
      double strongest = 0;
      for (double x : sens) {
        strongest = Math.max(strongest, Math.abs(x));
      }
      for (int j = 0; j < sens.length; j++) {
        if (strongest > 0 && Math.abs(sens[j]) >= strongest / 2) {
          buses.add(model.buses().get(j).id());
        }
      }
      sensitivities.add(sens);
      reasons.add(v.message());
    }
    long need = 0;
    for (int k = 0; k < chosen.size(); k++) {
      double sum = 0;
      for (String bus : buses) {
        sum += Math.abs(sensitivities.get(k)[flow.busIndex(bus)]);
      }
      if (sum > 0) {
        double w = excess(chosen.get(k), result.limits()) * buses.size() / sum;
        need = Math.max(need, (long) Math.ceil(w / 100.0) * 100);
      }
    }
    need = confirm(p, q, buses, direction, need);
    if (need == 0) {
      return Optional.empty();
    }
    return Optional.of(new EventProposal(feeder, List.copyOf(buses), direction, need, reasons));
  }

  /**
   * Raises the request by 10 % a round (at most 8) until a full AC flow with it, split equally over
   * the targeted buses, is within the limits: the linear estimate is confirmed, as the curtailment
   * planner does.
   */
  private long confirm(
      double[] p, double[] q, java.util.Set<String> buses, DrDirection direction, long need) {
    long w = need;
    for (int round = 0; round < 8 && w > 0; round++) {
      double[] shifted = p.clone();
      for (String bus : buses) {
        shifted[flow.busIndex(bus)] +=
            (direction == DrDirection.REDUCE ? 1 : -1) * (double) w / buses.size();
      }
      FlowResult after = flow.run(shifted, q);
      if (after.converged() && check.check(after).violations().isEmpty()) {
        return w;
      }
      w = (long) Math.ceil(w * 1.1 / 100.0) * 100;
    }
    return w;
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
