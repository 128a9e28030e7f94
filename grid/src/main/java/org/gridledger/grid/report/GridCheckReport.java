package org.gridledger.grid.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.gridledger.grid.check.CheckResult;
import org.gridledger.grid.check.ConstraintCheck;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.check.Violation;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.flow.BranchFlow;
import org.gridledger.grid.flow.BusVoltage;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.Branch;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.Line;
import org.gridledger.grid.model.Transformer;

/**
 * The report of {@code gridledger grid check}: an AC flow of a network with its base injections,
 * those of the listed buses replaced by {@code overrides}, and the constraint check of it.
 */
public record GridCheckReport(GridModel model, CheckResult result) {

  /** Runs the check. Overrides replace the base injection of the buses they name. */
  public static GridCheckReport run(
      GridModel model, Map<String, Injection> overrides, Limits limits) {
    Map<String, Injection> injections = new LinkedHashMap<>(model.baseInjections());
    injections.putAll(overrides);
    FlowResult flow = new AcPowerFlow(model).run(injections);
    return new GridCheckReport(model, new ConstraintCheck(limits).check(flow));
  }

  /** The JSON document: converged, losses_kw, buses, elements, violations and more. */
  public ObjectNode toJson(ObjectMapper mapper) {
    FlowResult flow = result.flow();
    ObjectNode root = mapper.createObjectNode();
    root.put("network", model.name());
    root.put("converged", flow.converged());
    root.put("status", flow.status());
    root.put("approved", result.approved());
    number(root, "losses_kw", flow.lossesW() / 1000);
    ObjectNode limits = root.putObject("limits");
    limits.put("v_min_pu", result.limits().vMinPu()).put("v_max_pu", result.limits().vMaxPu());
    limits.put("max_loading_pct", result.limits().maxLoadingPct());
    flow.minVoltage()
        .ifPresent(v -> root.putObject("min_voltage").put("bus", v.busId()).put("v_pu", v.vPu()));
    ArrayNode buses = root.putArray("buses");
    for (BusVoltage v : flow.buses()) {
      buses.addObject().put("id", v.busId()).put("v_pu", v.vPu()).put("angle_deg", v.angleDeg());
    }
    ArrayNode elements = root.putArray("elements");
    for (int k = 0; k < flow.branches().size(); k++) {
      BranchFlow f = flow.branches().get(k);
      Branch b = model.branches().get(k);
      ObjectNode e = elements.addObject().put("id", f.id()).put("kind", f.kind());
      e.put("from", b.fromBus()).put("to", b.toBus());
      number(e, "loading_pct", f.loadingPct());
      e.put("current_a", f.currentA());
      switch (b) {
        case Line l -> number(e, "rating_a", l.ratingA());
        case Transformer t -> number(e, "rating_kva", t.ratedKva());
      }
      e.put("p_from_kw", f.pFromW() / 1000)
          .put("q_from_kvar", f.qFromVar() / 1000)
          .put("losses_kw", f.lossW() / 1000);
    }
    ArrayNode violations = root.putArray("violations");
    for (Violation v : result.violations()) {
      ObjectNode o =
          violations.addObject().put("element", v.element()).put("kind", v.kind().jsonName());
      number(o, "value", v.value());
      number(o, "limit", v.limit());
      o.put("unit", v.unit()).put("message", v.message());
    }
    return root;
  }

  /** A table for people. */
  public String toTable() {
    FlowResult flow = result.flow();
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "network %s: %d buses, %d branches%n",
            model.name(),
            model.buses().size(),
            model.branches().size()));
    if (!flow.converged()) {
      out.append("AC power flow did NOT converge (")
          .append(flow.status())
          .append("): nothing is approved\n");
      return out.toString();
    }
    out.append(
        String.format(
            Locale.ROOT,
            "converged in %d iterations, losses %.2f kW%n",
            flow.iterations(),
            flow.lossesW() / 1000));
    flow.minVoltage()
        .ifPresent(
            v ->
                out.append(
                    String.format(
                        Locale.ROOT, "lowest voltage %.4f p.u. at bus %s%n", v.vPu(), v.busId())));
    out.append(String.format(Locale.ROOT, "%n%-12s %10s %10s%n", "bus", "v_pu", "angle_deg"));
    for (BusVoltage v : flow.buses()) {
      out.append(
          String.format(Locale.ROOT, "%-12s %10.4f %10.3f%n", v.busId(), v.vPu(), v.angleDeg()));
    }
    out.append(
        String.format(
            Locale.ROOT, "%n%-12s %-12s %10s %12s%n", "element", "kind", "loading_%", "p_from_kW"));
    for (BranchFlow f : flow.branches()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-12s %-12s %10.1f %12.2f%n",
              f.id(),
              f.kind(),
              f.loadingPct(),
              f.pFromW() / 1000));
    }
    out.append(String.format(Locale.ROOT, "%nviolations: %d%n", result.violations().size()));
    result.violations().forEach(v -> out.append("  ").append(v.message()).append('\n'));
    return out.toString();
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
