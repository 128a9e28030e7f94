package org.gridledger.grid.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.check.ConstraintCheck;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.check.Violation;
import org.gridledger.grid.curtailment.CurtailmentPlan;
import org.gridledger.grid.curtailment.CurtailmentPlanner;
import org.gridledger.grid.fee.NetworkFee;
import org.gridledger.grid.fee.NetworkTariff;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.flow.FlowOptions;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.screening.ScreeningResult;
import org.gridledger.grid.screening.Sensitivities;
import org.gridledger.grid.screening.TradeIndex;
import org.gridledger.grid.screening.TradeScreening;

/**
 * The DSO's grid service: runs beside the ledger, never inside transaction execution (its floating
 * point and its network model stay off-chain), and turns a cleared interval into a {@link
 * GridVerdict} that the market wraps in a DSO-signed transaction. Every verdict rests on a full AC
 * flow; a schedule whose flow does not converge is never approved. Thread-safe (calls are
 * serialised); with the default flat-start flow the same schedule always gives the same verdict.
 */
public final class GridService {
  private final GridModel model;
  private final AcPowerFlow flow;
  private final ConstraintCheck check;
  private final CurtailmentPlanner planner;
  private final NetworkFee fee;
  private final Map<String, Integer> busIndex = new HashMap<>();

  public GridService(GridModel model, Limits limits, NetworkTariff tariff) {
    this(model, limits, tariff, FlowOptions.defaults());
  }

  public GridService(GridModel model, Limits limits, NetworkTariff tariff, FlowOptions options) {
    this.model = model;
    this.flow = new AcPowerFlow(model, options);
    this.check = new ConstraintCheck(limits);
    this.planner = new CurtailmentPlanner(flow, check);
    this.fee = new NetworkFee(model, tariff);
    for (int i = 0; i < model.buses().size(); i++) {
      busIndex.put(model.buses().get(i).id(), i);
    }
  }

  public GridModel model() {
    return model;
  }

  /** The verdict for one interval. @throws GridModelException for an unknown bus or bad input */
  public GridVerdict verdict(IntervalSchedule schedule) {
    return assess(schedule).verdict();
  }

  /** The verdict with the plan and the confirming AC check behind it. */
  public synchronized GridAssessment assess(IntervalSchedule schedule) {
    TradeIndex trades = TradeIndex.of(schedule.trades(), busIndex, schedule.intervalMinutes());
    double[][] base = base(schedule);
    CurtailmentPlan plan = planner.plan(base[0], base[1], trades, schedule.intervalMinutes());
    if (plan.curtailments().isEmpty() && plan.unresolved().isEmpty()) {
      return new GridAssessment(new GridVerdict.Approve(), plan);
    }
    List<String> unresolved = plan.unresolved().stream().map(Violation::message).toList();
    return new GridAssessment(new GridVerdict.Curtail(plan.curtailments(), unresolved), plan);
  }

  /**
   * Screens the schedule's trades linearly around the AC flow of its base injections: fast, but an
   * estimate only.
   */
  public synchronized ScreeningResult screen(IntervalSchedule schedule) {
    TradeIndex trades = TradeIndex.of(schedule.trades(), busIndex, schedule.intervalMinutes());
    double[][] base = base(schedule);
    FlowResult point = flow.run(base[0], base[1]);
    if (!point.converged()) {
      throw new GridModelException(
          "base injections do not give a converged flow: " + point.status());
    }
    return new TradeScreening(model, check.limits(), point, Sensitivities.at(model, point))
        .screen(trades);
  }

  /** The network fee in micro-units per kWh between two buses. */
  public long networkFeeMicroPerKwh(String sellerBus, String buyerBus) {
    return fee.microPerKwh(sellerBus, buyerBus);
  }

  /** The bus of a meter or charge point. @throws GridModelException if unknown */
  public String busOfDevice(String deviceId) {
    return model.busOfDevice(deviceId);
  }

  private double[][] base(IntervalSchedule schedule) {
    int n = model.buses().size();
    double[] p = new double[n];
    double[] q = new double[n];
    if (schedule.baseInjectionW() == null) {
      for (Map.Entry<String, Injection> e : model.baseInjections().entrySet()) {
        p[busIndex.get(e.getKey())] += e.getValue().pW();
        q[busIndex.get(e.getKey())] += e.getValue().qVar();
      }
    } else {
      schedule.baseInjectionW().forEach((bus, w) -> p[index(bus)] += w);
    }
    schedule.baseInjectionVar().forEach((bus, v) -> q[index(bus)] += v);
    return new double[][] {p, q};
  }

  private int index(String bus) {
    Integer i = busIndex.get(bus);
    if (i == null) {
      throw new GridModelException("base injection: unknown bus " + bus);
    }
    return i;
  }
}
