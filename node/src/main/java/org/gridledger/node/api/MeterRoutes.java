package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Base64;
import org.gridledger.metering.Metering;
import org.gridledger.metering.energy.IntervalEnergy;
import org.gridledger.metering.energy.SettlementReadiness;
import org.gridledger.metering.registry.Meter;
import org.gridledger.metering.store.RefusedLog;
import org.gridledger.node.MeteringMetrics;

/**
 * The registered meters and their interval energy (owner, DSO, auditors), the whole interval for
 * settlement and its readiness, the refused readings (DSO, auditors), and public ingest counts.
 */
final class MeterRoutes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Metering metering;
  private final MeteringMetrics metrics;
  private final Caller caller;
  private final Clock clock;

  MeterRoutes(Metering metering, MeteringMetrics metrics, Caller caller, Clock clock) {
    this.metering = metering;
    this.metrics = metrics;
    this.caller = caller;
    this.clock = clock;
  }

  void register(Javalin app) {
    app.get("/api/v1/meters", this::list);
    app.get("/api/v1/meters/{id}", this::meter);
    app.get("/api/v1/meters/{id}/energy", this::energy);
    app.get("/api/v1/metering/energy", this::settlement);
    app.get("/api/v1/metering/readiness", this::readiness);
    app.get("/api/v1/metering/refused", this::refused);
    app.get("/api/v1/metering/stats", this::stats);
  }

  private void list(Context ctx) {
    caller.requireOverseer(ctx);
    ObjectNode out = NODES.objectNode();
    ArrayNode list = out.putArray("meters");
    metering.meters().all().forEach(m -> list.add(MeteringJson.meter(m)));
    ctx.json(out);
  }

  private void meter(Context ctx) {
    Meter meter = MeteringParams.meter(ctx, metering.meters());
    caller.requireOwnerOrOverseer(ctx, meter.owner());
    ObjectNode out = MeteringJson.meter(meter);
    metering
        .readings()
        .head(meter.id())
        .ifPresent(
            h ->
                out.putObject("last_anchored")
                    .put("sequence", h.sequence())
                    .put("time", MeteringJson.time(h.timestampMillis()))
                    .put("import_wh", h.importWh())
                    .put("export_wh", h.exportWh()));
    ctx.json(out);
  }

  private void energy(Context ctx) {
    Meter meter = MeteringParams.meter(ctx, metering.meters());
    caller.requireOwnerOrOverseer(ctx, meter.owner());
    ctx.json(
        MeteringJson.energy(
            metering
                .energy()
                .energy(
                    meter.id(), MeteringParams.time(ctx, "start"), MeteringParams.minutes(ctx))));
  }

  private void settlement(Context ctx) {
    caller.requireOverseer(ctx);
    long start = MeteringParams.time(ctx, "start");
    long minutes = MeteringParams.minutes(ctx);
    ObjectNode out = readinessJson(metering.energy().readiness(start, minutes, clock.millis()));
    ArrayNode list = out.putArray("meters");
    for (IntervalEnergy e : metering.energy().energies(start, minutes)) {
      list.add(MeteringJson.energy(e));
    }
    ctx.json(out);
  }

  private void readiness(Context ctx) {
    caller.requireOverseer(ctx);
    long start = MeteringParams.time(ctx, "start");
    long minutes = MeteringParams.minutes(ctx);
    ctx.json(readinessJson(metering.energy().readiness(start, minutes, clock.millis())));
  }

  private static ObjectNode readinessJson(SettlementReadiness r) {
    ObjectNode out =
        NODES
            .objectNode()
            .put("start", MeteringJson.time(r.intervalStartMillis()))
            .put("minutes", r.intervalMinutes())
            .put("meters", r.meters())
            .put("complete", r.complete())
            .put("deadline_passed", r.deadlinePassed())
            .put("ready", r.ready());
    ArrayNode waiting = out.putArray("waiting");
    r.waiting().forEach(waiting::add);
    return out;
  }

  private void refused(Context ctx) {
    caller.requireOverseer(ctx);
    int limit = (int) MeteringParams.number(ctx, "limit", 100, 1, RefusedLog.CAPACITY);
    ObjectNode out = NODES.objectNode();
    ArrayNode list = out.putArray("refused");
    for (RefusedLog.Entry e : metering.refused().recent(limit, ctx.queryParam("meter"))) {
      list.addObject()
          .put("time", MeteringJson.time(e.timeMillis()))
          .put("source", e.source().code())
          .put("meter_id", e.refusal().meterId())
          .put("reason", e.refusal().reason().code())
          .put("message", e.refusal().message())
          .put("payload", Base64.getEncoder().encodeToString(e.raw()));
    }
    ctx.json(out);
  }

  private void stats(Context ctx) {
    ObjectNode out =
        NODES
            .objectNode()
            .put("accepted", metrics.acceptedTotal())
            .put("anchored", metrics.anchoredTotal())
            .put("pending", metering.anchors().pending());
    ObjectNode refused = out.putObject("refused");
    metrics.refusedByReason().forEach(refused::put);
    ctx.json(out);
  }
}
