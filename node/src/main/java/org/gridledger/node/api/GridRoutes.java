package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.flow.BranchFlow;
import org.gridledger.grid.flow.BusVoltage;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.Branch;
import org.gridledger.grid.model.Bus;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Line;
import org.gridledger.grid.model.Transformer;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.market.ledger.MarketState;
import org.gridledger.node.dashboard.GridState;

/**
 * The DSO's feeder, public and read-only: its topology ({@code /api/v1/grid/topology}), the AC flow
 * of the latest complete market interval under the metered injections ({@code /api/v1/grid/state},
 * or {@code ?start=} for another interval) and a summary per interval over the last hours ({@code
 * /api/v1/grid/history?intervals=N}). Aggregated by bus, so no household shows.
 */
public final class GridRoutes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final GridState grid;
  private final Chain chain;
  private final Clock clock;
  private final Limits limits = Limits.en50160();

  public GridRoutes(GridState grid, Chain chain, Clock clock) {
    this.grid = grid;
    this.chain = chain;
    this.clock = clock;
  }

  public void register(Javalin app) {
    app.get("/api/v1/grid/topology", this::topology);
    app.get("/api/v1/grid/state", this::state);
    app.get("/api/v1/grid/history", this::history);
  }

  private void topology(Context ctx) {
    GridModel model = grid.model();
    ObjectNode out = NODES.objectNode().put("network", model.name());
    out.put("source_bus", model.sourceBus());
    ArrayNode buses = out.putArray("buses");
    for (Bus b : model.buses()) {
      buses.addObject().put("id", b.id()).put("nominal_kv", b.nominalKv());
    }
    ArrayNode branches = out.putArray("branches");
    for (Branch br : model.branches()) {
      ObjectNode row =
          branches
              .addObject()
              .put("id", br.id())
              .put("kind", br.kind())
              .put("from", br.fromBus())
              .put("to", br.toBus());
      switch (br) {
        case Line l -> rating(row, "rating_a", l.ratingA());
        case Transformer t -> rating(row, "rated_kva", t.ratedKva());
      }
    }
    out.putObject("limits")
        .put("v_min_pu", limits.vMinPu())
        .put("v_max_pu", limits.vMaxPu())
        .put("max_loading_pct", limits.maxLoadingPct());
    ctx.json(out);
  }

  private static void rating(ObjectNode row, String field, double value) {
    if (Double.isFinite(value)) {
      row.put(field, value);
    } else {
      row.putNull(field);
    }
  }

  private void state(Context ctx) {
    long length = intervalMillis();
    String start = ctx.queryParam("start");
    long from = start == null ? latestComplete(length) : MarketRoutes.start(start);
    GridState.Snapshot s = grid.at(from, length, chain.head().height());
    ObjectNode out = summary(s);
    ArrayNode buses = out.putArray("buses");
    for (BusVoltage v : s.flow().buses()) {
      buses.addObject().put("id", v.busId()).put("v_pu", round(v.vPu(), 5));
    }
    ArrayNode branches = out.putArray("branches");
    for (BranchFlow f : s.flow().branches()) {
      branches
          .addObject()
          .put("id", f.id())
          .put("kind", f.kind())
          .put("p_from_w", Math.round(f.pFromW()))
          .put("current_a", round(f.currentA(), 2))
          .put("loading_pct", round(f.loadingPct(), 2));
    }
    ctx.json(out);
  }

  private void history(Context ctx) {
    int count = (int) MeteringParams.number(ctx, "intervals", 12, 1, 96);
    long length = intervalMillis();
    long last = latestComplete(length);
    long height = chain.head().height();
    ObjectNode out = NODES.objectNode().put("interval_minutes", length / 60_000);
    ArrayNode list = out.putArray("intervals");
    for (long start = last - (count - 1) * length; start <= last; start += length) {
      ObjectNode row = summary(grid.at(start, length, height));
      ArrayNode transformers = row.putArray("transformers");
      for (BranchFlow f : grid.at(start, length, height).flow().branches()) {
        if ("transformer".equals(f.kind())) {
          transformers.addObject().put("id", f.id()).put("loading_pct", round(f.loadingPct(), 2));
        }
      }
      list.add(row);
    }
    ctx.json(out);
  }

  private ObjectNode summary(GridState.Snapshot s) {
    FlowResult flow = s.flow();
    ObjectNode out =
        NODES
            .objectNode()
            .put("interval_start", Instant.ofEpochMilli(s.intervalStart()).toString())
            .put("interval_minutes", s.intervalMillis() / 60_000)
            .put("injections", s.source())
            .put("converged", flow.converged())
            .put("status", flow.status());
    if (!flow.converged()) {
      return out;
    }
    out.put("losses_w", Math.round(flow.lossesW()))
        .put("head_w", Math.round(headW(flow)))
        .put(
            "max_loading_pct",
            round(flow.branches().stream().mapToDouble(BranchFlow::loadingPct).max().orElse(0), 2));
    flow.minVoltage()
        .ifPresent(v -> out.put("min_v_pu", round(v.vPu(), 5)).put("min_v_bus", v.busId()));
    return out;
  }

  /** Power drawn from the source into the feeder, W (negative when the feeder exports). */
  private double headW(FlowResult flow) {
    GridModel model = grid.model();
    double w = 0;
    for (int k = 0; k < model.branches().size(); k++) {
      Branch br = model.branches().get(k);
      BranchFlow f = flow.branches().get(k);
      if (br.fromBus().equals(model.sourceBus())) {
        w += f.pFromW();
      } else if (br.toBus().equals(model.sourceBus())) {
        w += f.pToW();
      }
    }
    return w;
  }

  private long intervalMillis() {
    return MarketState.params(chain.store()).intervalMillis();
  }

  private long latestComplete(long length) {
    return Math.floorDiv(clock.millis(), length) * length - length;
  }

  private static double round(double value, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(value * scale) / scale;
  }
}
