package org.gridledger.sim.run;

import java.util.List;
import java.util.Map;
import org.gridledger.grid.check.CheckResult;
import org.gridledger.grid.check.ConstraintCheck;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.flow.BranchFlow;
import org.gridledger.grid.flow.BusVoltage;
import org.gridledger.grid.flow.FlowOptions;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.sim.community.Household;

/**
 * The physics behind the KPIs: an AC power flow of the feeder with what the households' meters saw
 * in an interval (their mean net power), checked against EN 50160 limits. Consumption draws
 * reactive power at cos φ 0.95; on networks that are not generated, the network's own base case
 * stays as background load. Floating point is fine here: none of it enters the ledger.
 */
final class Flows {
  /** What one flow showed. */
  record Stats(double transformerPct, double maxLinePct, double minV, double maxV, int violations) {
    static final Stats NONE = new Stats(0, 0, 1, 1, 0);
  }

  private final AcPowerFlow flow;
  private final ConstraintCheck check = new ConstraintCheck(Limits.en50160());
  private final int[] busOf;
  private final double[] backgroundP;
  private final double[] backgroundQ;
  private final double wPerWh;

  Flows(GridModel model, List<Household> households, boolean generated, int intervalMinutes) {
    this.flow = new AcPowerFlow(model, FlowOptions.fast());
    this.busOf = households.stream().mapToInt(h -> flow.busIndex(h.bus())).toArray();
    int n = model.buses().size();
    this.backgroundP = new double[n];
    this.backgroundQ = new double[n];
    if (!generated) {
      for (Map.Entry<String, Injection> e : model.baseInjections().entrySet()) {
        backgroundP[flow.busIndex(e.getKey())] += e.getValue().pW();
        backgroundQ[flow.busIndex(e.getKey())] += e.getValue().qVar();
      }
    }
    this.wPerWh = 60.0 / intervalMinutes;
  }

  /** The flow with each household's net export (Wh, negative = import) over the interval. */
  Stats run(long[] netExportWh) {
    double[] p = backgroundP.clone();
    double[] q = backgroundQ.clone();
    for (int h = 0; h < netExportWh.length; h++) {
      double w = netExportWh[h] * wPerWh;
      p[busOf[h]] += w;
      if (w < 0) {
        q[busOf[h]] += w * 0.329;
      }
    }
    FlowResult result = flow.run(p, q);
    if (!result.converged()) {
      return new Stats(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1);
    }
    CheckResult checked = check.check(result);
    double trafo = 0;
    double line = 0;
    for (BranchFlow b : result.branches()) {
      if (b.kind().equals("transformer")) {
        trafo = Math.max(trafo, b.loadingPct());
      } else {
        line = Math.max(line, b.loadingPct());
      }
    }
    double min = Double.MAX_VALUE;
    double max = 0;
    for (BusVoltage v : result.buses()) {
      min = Math.min(min, v.vPu());
      max = Math.max(max, v.vPu());
    }
    return new Stats(trafo, line, min, max, checked.violations().size());
  }
}
