package org.gridledger.grid.flow;

import com.powsybl.computation.local.LocalComputationManager;
import com.powsybl.iidm.network.Bus;
import com.powsybl.iidm.network.Terminal;
import com.powsybl.iidm.network.VariantManagerConstants;
import com.powsybl.loadflow.LoadFlow;
import com.powsybl.loadflow.LoadFlowParameters;
import com.powsybl.loadflow.LoadFlowResult;
import com.powsybl.loadflow.LoadFlowRunParameters;
import com.powsybl.openloadflow.OpenLoadFlowParameters;
import com.powsybl.openloadflow.OpenLoadFlowProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.model.Branch;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.Line;
import org.gridledger.grid.model.Transformer;

/**
 * AC power flow of one {@link GridModel} with PowSyBl OpenLoadFlow. The source bus is the slack (no
 * distributed slack: the substation balances the feeder). Not thread-safe: one instance per thread,
 * or external synchronisation.
 */
public final class AcPowerFlow {
  private static final double SQRT3 = Math.sqrt(3);
  // per equation, on OpenLoadFlow's 100 MVA base: 1e-8 p.u. is 1 W or 1 var of mismatch, needed
  // on feeders whose loads are a few kW (the default 1e-4 allows 10 kW)
  private static final double CONVERGENCE_EPS_PU = 1e-8;

  private final IidmNetwork iidm;
  private final Map<String, Integer> busIndex = new HashMap<>();
  private final double[] nominalKv;
  private final double[] rated1A;
  private final double[] rated2A;
  private final LoadFlow.Runner runner = new LoadFlow.Runner(new OpenLoadFlowProvider());
  private final LoadFlowRunParameters runParameters;

  public AcPowerFlow(GridModel model) {
    this(model, FlowOptions.defaults());
  }

  public AcPowerFlow(GridModel model, FlowOptions options) {
    this.iidm = new IidmNetwork(model);
    nominalKv = new double[model.buses().size()];
    for (int i = 0; i < nominalKv.length; i++) {
      busIndex.put(model.buses().get(i).id(), i);
      nominalKv[i] = model.buses().get(i).nominalKv();
    }
    int n = model.branches().size();
    rated1A = new double[n];
    rated2A = new double[n];
    for (int k = 0; k < n; k++) {
      Branch br = model.branches().get(k);
      switch (br) {
        case Line l -> {
          rated1A[k] = l.ratingA();
          rated2A[k] = l.ratingA();
        }
        case Transformer t -> {
          rated1A[k] = t.ratedKva() / (SQRT3 * nominalKv[busIndex.get(t.fromBus())]);
          rated2A[k] = t.ratedKva() / (SQRT3 * nominalKv[busIndex.get(t.toBus())]);
        }
      }
    }
    LoadFlowParameters parameters =
        new LoadFlowParameters()
            .setDistributedSlack(false)
            .setUseReactiveLimits(false)
            .setTransformerVoltageControlOn(false)
            .setShuntCompensatorVoltageControlOn(false)
            .setPhaseShifterRegulationOn(false)
            .setReadSlackBus(true)
            .setVoltageInitMode(
                options.warmStart()
                    ? LoadFlowParameters.VoltageInitMode.PREVIOUS_VALUES
                    : LoadFlowParameters.VoltageInitMode.UNIFORM_VALUES);
    OpenLoadFlowParameters.create(parameters)
        .setMaxNewtonRaphsonIterations(options.maxIterations())
        .setNewtonRaphsonConvEpsPerEq(CONVERGENCE_EPS_PU)
        .setNetworkCacheEnabled(options.networkCache());
    runParameters =
        new LoadFlowRunParameters()
            .setParameters(parameters)
            .setComputationManager(LocalComputationManager.getDefault());
  }

  /**
   * The PowSyBl network behind this flow, holding the state of the last run. Its ids are
   * "bus:{id}", "branch:{id}", "load:{id}" and "source". For tools and tests: changing it
   * desynchronises this object.
   */
  public com.powsybl.iidm.network.Network iidmNetwork() {
    return iidm.network;
  }

  public GridModel model() {
    return iidm.model;
  }

  /** Index of a bus in the model's order, or a {@link GridModelException} naming it. */
  public int busIndex(String busId) {
    Integer i = busIndex.get(busId);
    if (i == null) {
      throw new GridModelException("unknown bus " + busId + " in network " + iidm.model.name());
    }
    return i;
  }

  /** Runs the flow with the model's base injections. */
  public FlowResult runBase() {
    return run(iidm.model.baseInjections());
  }

  /**
   * Runs the flow with the given net injection per bus; buses not named inject nothing.
   *
   * @throws GridModelException if a bus is unknown
   */
  public FlowResult run(Map<String, Injection> injections) {
    double[] p = new double[nominalKv.length];
    double[] q = new double[nominalKv.length];
    injections.forEach(
        (bus, inj) -> {
          int i = busIndex(bus);
          p[i] += inj.pW();
          q[i] += inj.qVar();
        });
    return run(p, q);
  }

  /** Runs the flow with net injections in W and var indexed in the model's bus order. */
  public FlowResult run(double[] pW, double[] qVar) {
    for (int i = 0; i < pW.length; i++) {
      if (!Double.isFinite(pW[i]) || !Double.isFinite(qVar[i])) {
        throw new GridModelException(
            "injection at bus " + iidm.model.buses().get(i).id() + " is not finite");
      }
      if (iidm.loads[i].getP0() != -pW[i] / 1e6 || iidm.loads[i].getQ0() != -qVar[i] / 1e6) {
        iidm.loads[i].setP0(-pW[i] / 1e6).setQ0(-qVar[i] / 1e6);
      }
    }
    LoadFlowResult result;
    try {
      result = runner.run(iidm.network, VariantManagerConstants.INITIAL_VARIANT_ID, runParameters);
    } catch (RuntimeException e) {
      return FlowResult.failed("SOLVER_FAILED: " + e.getMessage(), 0);
    }
    LoadFlowResult.ComponentResult main = result.getComponentResults().getFirst();
    if (main.getStatus() != LoadFlowResult.ComponentResult.Status.CONVERGED) {
      return FlowResult.failed(main.getStatus().name(), main.getIterationCount());
    }
    return read(main.getIterationCount());
  }

  private FlowResult read(int iterations) {
    List<BusVoltage> voltages = new ArrayList<>(iidm.buses.length);
    for (int i = 0; i < iidm.buses.length; i++) {
      Bus b = iidm.buses[i];
      voltages.add(
          new BusVoltage(iidm.model.buses().get(i).id(), b.getV() / nominalKv[i], b.getAngle()));
    }
    List<BranchFlow> flows = new ArrayList<>(iidm.branches.length);
    double losses = 0;
    for (int k = 0; k < iidm.branches.length; k++) {
      Branch br = iidm.model.branches().get(k);
      Terminal t1 = iidm.branches[k].getTerminal1();
      Terminal t2 = iidm.branches[k].getTerminal2();
      double i1 = current(t1);
      double i2 = current(t2);
      double loading = Math.max(i1 / rated1A[k], i2 / rated2A[k]) * 100;
      double shownCurrent = i1 / rated1A[k] >= i2 / rated2A[k] ? i1 : i2;
      flows.add(
          new BranchFlow(
              br.id(),
              br.kind(),
              t1.getP() * 1e6,
              t1.getQ() * 1e6,
              t2.getP() * 1e6,
              t2.getQ() * 1e6,
              shownCurrent,
              loading));
      losses += (t1.getP() + t2.getP()) * 1e6;
    }
    return new FlowResult(true, "CONVERGED", iterations, losses, voltages, flows);
  }

  private static double current(Terminal t) {
    double i = t.getI();
    return Double.isNaN(i) ? 0 : i;
  }
}
