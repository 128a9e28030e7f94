package org.gridledger.grid.curtailment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.check.CheckResult;
import org.gridledger.grid.check.ConstraintCheck;
import org.gridledger.grid.check.Violation;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.screening.Sensitivities;
import org.gridledger.grid.screening.TradeIndex;
import org.gridledger.grid.service.Curtailment;

/**
 * Chooses curtailments that remove the violations caused by provisional trades while curtailing
 * little energy, and confirms them with a full AC flow.
 *
 * <p>Each round runs the AC flow of the schedule, linearises it there ({@link Sensitivities}) and,
 * violation by violation (worst first), curtails the trades with the largest relief per watt until
 * the linear estimate is back within the limit minus a margin that grows each round. For one
 * binding violation this greedy choice is the least-energy solution of the linearised problem (a
 * fractional knapsack); with several interacting violations it is a heuristic. Rounding to whole Wh
 * is upwards. A schedule whose flow does not converge is first scaled down uniformly (bisection)
 * until it converges. Not thread-safe (it drives one {@link AcPowerFlow}).
 */
public final class CurtailmentPlanner {
  private static final int MAX_ROUNDS = 8;
  private static final int BISECTIONS = 7;
  private static final double MARGIN_STEP = 0.005;

  private final AcPowerFlow flow;
  private final ConstraintCheck check;
  private final GridModel model;

  public CurtailmentPlanner(AcPowerFlow flow, ConstraintCheck check) {
    this.flow = flow;
    this.check = check;
    this.model = flow.model();
  }

  /**
   * Plans curtailments of {@code trades} on top of base injections (W and var, model bus order).
   */
  public CurtailmentPlan plan(double[] baseP, double[] baseQ, TradeIndex trades, int minutes) {
    long[] curtWh = new long[trades.size()];
    String[] reason = new String[trades.size()];
    int flows = 0;
    CheckResult result = null;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      result = run(baseP, baseQ, trades, curtWh, minutes);
      flows++;
      if (result.approved()) {
        break;
      }
      if (!result.flow().converged()) {
        if (allCurtailed(trades, curtWh)) {
          break;
        }
        flows += scaleToConvergence(baseP, baseQ, trades, curtWh, reason, minutes);
        continue;
      }
      if (!curtailGreedily(result, trades, curtWh, reason, minutes, MARGIN_STEP * (round + 1))) {
        break;
      }
    }
    List<Curtailment> out = new ArrayList<>();
    for (int i = 0; i < trades.size(); i++) {
      if (curtWh[i] > 0) {
        out.add(new Curtailment(trades.trades().get(i).tradeId(), curtWh[i], reason[i]));
      }
    }
    List<Violation> unresolved = result.approved() ? List.of() : result.violations();
    return new CurtailmentPlan(out, result, unresolved, flows);
  }

  private CheckResult run(
      double[] baseP, double[] baseQ, TradeIndex t, long[] curtWh, int minutes) {
    double[] p = baseP.clone();
    for (int i = 0; i < t.size(); i++) {
      double w = t.powerW()[i] - curtWh[i] * 60.0 / minutes;
      p[t.seller()[i]] += w;
      p[t.buyer()[i]] -= w;
    }
    return check.check(flow.run(p, baseQ));
  }

  private boolean curtailGreedily(
      CheckResult result,
      TradeIndex t,
      long[] curtWh,
      String[] reason,
      int minutes,
      double margin) {
    Sensitivities s = Sensitivities.at(model, result.flow());
    Map<String, Integer> branchIndex = new HashMap<>();
    for (int k = 0; k < model.branches().size(); k++) {
      branchIndex.put(model.branches().get(k).id(), k);
    }
    List<Relief> reliefs = new ArrayList<>();
    for (Violation v : result.violations()) {
      int e = Relief.isBus(v.kind()) ? flow.busIndex(v.element()) : branchIndex.get(v.element());
      reliefs.add(new Relief(v, e, s, t, check.limits(), margin));
    }
    double[] addW = new double[t.size()];
    for (Relief r : reliefs) {
      if (r.excess <= 0) {
        continue;
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < t.size(); i++) {
        if (r.perW[i] > 1e-15) {
          order.add(i);
        }
      }
      order.sort(Comparator.comparingDouble((Integer i) -> -r.perW[i]).thenComparing(i -> i));
      for (int i : order) {
        double avail = t.powerW()[i] - curtWh[i] * 60.0 / minutes - addW[i];
        if (avail <= 0) {
          continue;
        }
        double c = Math.min(avail, r.excess / r.perW[i]);
        addW[i] += c;
        for (Relief other : reliefs) {
          other.excess -= other.perW[i] * c;
        }
        if (reason[i] == null) {
          reason[i] = r.violation.message();
        }
        if (r.excess <= 0) {
          break;
        }
      }
    }
    boolean progress = false;
    for (int i = 0; i < t.size(); i++) {
      if (addW[i] > 0) {
        long total =
            (long) Math.ceil((curtWh[i] * 60.0 / minutes + addW[i]) * minutes / 60.0 - 1e-9);
        long capped = Math.min(t.trades().get(i).energyWh(), total);
        progress |= capped > curtWh[i];
        curtWh[i] = Math.max(curtWh[i], capped);
      }
    }
    return progress;
  }

  private int scaleToConvergence(
      double[] baseP, double[] baseQ, TradeIndex t, long[] curtWh, String[] reason, int minutes) {
    long[] remaining = new long[t.size()];
    for (int i = 0; i < t.size(); i++) {
      remaining[i] = t.trades().get(i).energyWh() - curtWh[i];
    }
    double lo = 0;
    double hi = 1;
    int flows = 0;
    for (int b = 0; b < BISECTIONS; b++) {
      double mid = (lo + hi) / 2;
      long[] trial = scaled(t, remaining, mid);
      flows++;
      if (run(baseP, baseQ, t, trial, minutes).flow().converged()) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    long[] chosen = scaled(t, remaining, lo);
    for (int i = 0; i < t.size(); i++) {
      if (chosen[i] > curtWh[i] && reason[i] == null) {
        reason[i] = "AC power flow did not converge with the full schedule";
      }
      curtWh[i] = chosen[i];
    }
    return flows;
  }

  private static boolean allCurtailed(TradeIndex t, long[] curtWh) {
    for (int i = 0; i < t.size(); i++) {
      if (curtWh[i] < t.trades().get(i).energyWh()) {
        return false;
      }
    }
    return true;
  }

  private static long[] scaled(TradeIndex t, long[] remaining, double keep) {
    long[] curt = new long[t.size()];
    for (int i = 0; i < t.size(); i++) {
      long kept = (long) Math.floor(remaining[i] * keep);
      curt[i] = t.trades().get(i).energyWh() - kept;
    }
    return curt;
  }
}
