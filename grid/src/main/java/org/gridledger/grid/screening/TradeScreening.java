package org.gridledger.grid.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.check.Violation;
import org.gridledger.grid.check.ViolationKind;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Transformer;
import org.gridledger.grid.service.Trade;

/**
 * Screens candidate trades without a power flow: bus voltages and branch loadings are estimated by
 * superposing each trade's transfer (seller +P, buyer -P) on an operating point with {@link
 * Sensitivities}. Cost is proportional to (buses + branches) x (buses that trade) plus trades x
 * estimated violations. An estimate, never an approval: the final schedule is confirmed by a full
 * AC flow. Immutable and thread-safe.
 */
public final class TradeScreening {
  // contributions below these (voltage in p.u., loading in %-points) are not flagged
  private static final double NEGLIGIBLE_PU = 1e-5;
  private static final double NEGLIGIBLE_PCT = 0.01;

  private final Limits limits;
  private final Sensitivities s;
  private final double[] v0;
  private final double[] l0;
  private final String[] busIds;
  private final String[] branchIds;
  private final boolean[] transformer;
  private final Map<String, Integer> busIndex = new HashMap<>();

  public TradeScreening(GridModel model, Limits limits, FlowResult point, Sensitivities s) {
    this.limits = limits;
    this.s = s;
    int n = model.buses().size();
    int m = model.branches().size();
    v0 = new double[n];
    busIds = new String[n];
    for (int i = 0; i < n; i++) {
      v0[i] = point.buses().get(i).vPu();
      busIds[i] = model.buses().get(i).id();
      busIndex.put(busIds[i], i);
    }
    l0 = new double[m];
    branchIds = new String[m];
    transformer = new boolean[m];
    for (int k = 0; k < m; k++) {
      l0[k] = point.branches().get(k).loadingPct();
      branchIds[k] = model.branches().get(k).id();
      transformer[k] = model.branches().get(k) instanceof Transformer;
    }
  }

  /** Screens trades of one interval of {@code intervalMinutes}. */
  public ScreeningResult screen(List<Trade> trades, int intervalMinutes) {
    return screen(TradeIndex.of(trades, busIndex, intervalMinutes));
  }

  public ScreeningResult screen(TradeIndex t) {
    int n = v0.length;
    int m = l0.length;
    double[] dp = new double[n];
    for (int i = 0; i < t.size(); i++) {
      dp[t.seller()[i]] += t.powerW()[i];
      dp[t.buyer()[i]] -= t.powerW()[i];
    }
    double[] v = v0.clone();
    double[] l = l0.clone();
    for (int j = 0; j < n; j++) {
      double p = dp[j];
      if (p != 0) {
        for (int i = 0; i < n; i++) {
          v[i] += s.dVdP(i, j) * p;
        }
        for (int k = 0; k < m; k++) {
          l[k] += s.dLoadingdP(k, j) * p;
        }
      }
    }
    List<Violation> violations = new ArrayList<>();
    double minV = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      minV = Math.min(minV, v[i]);
      if (v[i] < limits.vMinPu()) {
        violations.add(new Violation(busIds[i], ViolationKind.UNDERVOLTAGE, v[i], limits.vMinPu()));
      } else if (v[i] > limits.vMaxPu()) {
        violations.add(new Violation(busIds[i], ViolationKind.OVERVOLTAGE, v[i], limits.vMaxPu()));
      }
    }
    double maxL = 0;
    for (int k = 0; k < m; k++) {
      maxL = Math.max(maxL, l[k]);
      if (l[k] > limits.maxLoadingPct()) {
        ViolationKind kind =
            transformer[k] ? ViolationKind.TRANSFORMER_OVERLOAD : ViolationKind.LINE_OVERLOAD;
        violations.add(new Violation(branchIds[k], kind, l[k], limits.maxLoadingPct()));
      }
    }
    return new ScreeningResult(violations, flagged(t, violations), minV, maxL);
  }

  private List<String> flagged(TradeIndex t, List<Violation> violations) {
    if (violations.isEmpty()) {
      return List.of();
    }
    double[] worst = new double[t.size()];
    for (Violation v : violations) {
      boolean bus = v.kind() == ViolationKind.UNDERVOLTAGE || v.kind() == ViolationKind.OVERVOLTAGE;
      int e = bus ? busIndex.get(v.element()) : indexOf(branchIds, v.element());
      double sign = v.kind() == ViolationKind.UNDERVOLTAGE ? -1 : 1;
      double negligible = bus ? NEGLIGIBLE_PU : NEGLIGIBLE_PCT;
      for (int i = 0; i < t.size(); i++) {
        int sb = t.seller()[i];
        int bb = t.buyer()[i];
        double d = bus ? s.dVdP(e, sb) - s.dVdP(e, bb) : s.dLoadingdP(e, sb) - s.dLoadingdP(e, bb);
        double contribution = sign * d * t.powerW()[i];
        if (contribution > negligible) {
          worst[i] = Math.max(worst[i], contribution / negligible);
        }
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (worst[i] > 0) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -worst[i]).thenComparing(i -> i));
    return order.stream().map(i -> t.trades().get(i).tradeId()).toList();
  }

  private static int indexOf(String[] ids, String id) {
    for (int k = 0; k < ids.length; k++) {
      if (ids[k].equals(id)) {
        return k;
      }
    }
    throw new IllegalStateException("no branch " + id);
  }
}
