package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.metering.Metering;
import org.gridledger.metering.balance.FeederBalance;
import org.gridledger.metering.energy.IntervalEnergy;
import org.gridledger.metering.registry.Meter;

/**
 * Feeders: their household meters' energy summed per interval (public, and only over at least
 * {@link #MIN_AGGREGATE} meters, so that no one household's use shows), and the DSO's energy
 * balance and its alerts (DSO, auditors).
 */
final class FeederRoutes {
  static final int MIN_AGGREGATE = 3;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Metering metering;
  private final Caller caller;

  FeederRoutes(Metering metering, Caller caller) {
    this.metering = metering;
    this.caller = caller;
  }

  void register(Javalin app) {
    app.get("/api/v1/feeders", this::feeders);
    app.get("/api/v1/feeders/{feeder}/energy", this::energy);
    app.get("/api/v1/feeders/{feeder}/balance", this::balance);
    app.get("/api/v1/metering/alerts", this::alerts);
  }

  private void feeders(Context ctx) {
    Map<String, Integer> counts = new TreeMap<>();
    metering.meters().all().forEach(m -> counts.merge(m.feeder(), 1, Integer::sum));
    ObjectNode out = NODES.objectNode();
    ArrayNode list = out.putArray("feeders");
    counts.forEach((name, n) -> list.addObject().put("feeder", name).put("meters", n));
    ctx.json(out);
  }

  private void energy(Context ctx) {
    String feeder = ctx.pathParam("feeder");
    long start = MeteringParams.time(ctx, "start");
    long minutes = MeteringParams.minutes(ctx);
    List<Meter> households =
        metering.meters().ofFeeder(feeder).stream()
            .filter(m -> m.kind() == MeterKind.HOUSEHOLD)
            .toList();
    ObjectNode out =
        NODES
            .objectNode()
            .put("feeder", feeder)
            .put("start", MeteringJson.time(start))
            .put("minutes", minutes)
            .put("meters", households.size());
    if (households.size() < MIN_AGGREGATE) {
      out.put("suppressed", true);
      ctx.json(out);
      return;
    }
    long in = 0;
    long outWh = 0;
    int estimated = 0;
    for (Meter m : households) {
      IntervalEnergy e = metering.energy().energy(m.id(), start, minutes);
      in += e.imported().wh();
      outWh += e.exported().wh();
      estimated += e.estimated() ? 1 : 0;
    }
    out.put("suppressed", false)
        .put("import_wh", in)
        .put("export_wh", outWh)
        .put("estimated_meters", estimated);
    ctx.json(out);
  }

  private void balance(Context ctx) {
    caller.requireOverseer(ctx);
    String feeder = ctx.pathParam("feeder");
    ctx.json(
        MeteringJson.balance(
            metering
                .balance()
                .balance(feeder, MeteringParams.time(ctx, "start"), MeteringParams.minutes(ctx))));
  }

  private void alerts(Context ctx) {
    caller.requireOverseer(ctx);
    List<FeederBalance> alerts;
    try {
      alerts =
          metering
              .balance()
              .alerts(
                  MeteringParams.time(ctx, "from"),
                  MeteringParams.time(ctx, "to"),
                  MeteringParams.minutes(ctx));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("bad_parameter", e.getMessage());
    }
    ObjectNode out = NODES.objectNode();
    ArrayNode list = out.putArray("alerts");
    alerts.forEach(b -> list.add(MeteringJson.balance(b)));
    ctx.json(out);
  }
}
