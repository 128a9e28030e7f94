package org.gridledger.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.ChargeLimit;
import org.gridledger.mobility.ledger.BookingRecord;
import org.gridledger.mobility.ledger.ChargePointRecord;
import org.gridledger.mobility.ledger.FeederRecord;
import org.gridledger.mobility.ledger.MobilityState;
import org.gridledger.mobility.ledger.PseudonymRecord;
import org.gridledger.mobility.ledger.Receipt;
import org.gridledger.mobility.ocpp.CentralSystem;
import org.gridledger.mobility.search.ChargePointSearch;
import org.gridledger.mobility.search.SearchHit;
import org.gridledger.mobility.search.SearchQuery;

/**
 * EV charging's API. Public: charge points (rounded location, prices, windows, live status),
 * search, feeders' charging state and limit history. Private: bookings and pseudonyms (the driver,
 * the DSO and auditors: the regulated view), receipts (also the charge point's owner, who sees the
 * pseudonym only), remote start and stop (the driver), the OCPP log (DSO, auditors).
 */
public final class MobilityRoutes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ChainStore store;
  private final Caller caller;
  private final Optional<CentralSystem> central;

  public MobilityRoutes(ChainStore store, Caller caller, Optional<CentralSystem> central) {
    this.store = store;
    this.caller = caller;
    this.central = central;
  }

  public void register(Javalin app) {
    String base = "/api/v1/mobility";
    app.get(base + "/charge-points", ctx -> ctx.json(chargePoints()));
    app.get(base + "/charge-points/{id}", ctx -> ctx.json(chargePoint(cp(ctx.pathParam("id")))));
    app.get(base + "/search", this::search);
    app.get(base + "/feeders/{feeder}", this::feeder);
    app.get(base + "/bookings/{id}", this::booking);
    app.get(base + "/pseudonyms/{token}", this::pseudonym);
    app.get(base + "/receipts/{cp}/{tx}", this::receipt);
    app.post(base + "/charge-points/{id}/remote-start", this::remoteStart);
    app.post(base + "/charge-points/{id}/remote-stop", this::remoteStop);
    app.get(base + "/ocpp", this::ocpp);
    app.get(base + "/sessions", this::sessions);
  }

  private ChargePointRecord cp(String id) {
    return MobilityState.chargePoint(store, id)
        .orElseThrow(() -> ApiError.notFound("no charge point " + id));
  }

  private ArrayNode chargePoints() {
    ArrayNode out = NODES.arrayNode();
    store.forEachInNamespace(
        MobilityState.CHARGE_POINTS, (k, v) -> out.add(chargePoint(ChargePointRecord.decode(v))));
    return out;
  }

  private ObjectNode chargePoint(ChargePointRecord cp) {
    ObjectNode out =
        NODES
            .objectNode()
            .put("charge_point_id", cp.id())
            .put("feeder", cp.feeder())
            .put("max_power_w", cp.maxPowerW())
            .put("connector", cp.connector())
            .put("price_per_kwh", cp.pricePerKwh())
            .put("price_per_hour", cp.pricePerHour())
            .put("lat", cp.latCentiDeg() / 100.0)
            .put("lon", cp.lonCentiDeg() / 100.0);
    ArrayNode windows = out.putArray("windows");
    cp.windows()
        .forEach(
            w ->
                windows
                    .addObject()
                    .put("from_minute", w.fromMinute())
                    .put("to_minute", w.toMinute()));
    out.put("connected", central.map(c -> c.isConnected(cp.id())).orElse(false));
    out.put("status", central.flatMap(c -> c.status(cp.id())).orElse("Unknown"));
    out.put(
        "bonus_per_kwh",
        MobilityState.feeder(store, cp.feeder()).map(FeederRecord::bonusPerKwh).orElse(0L));
    return out;
  }

  private void search(Context ctx) {
    SearchQuery q;
    try {
      q =
          new SearchQuery(
              centi(ctx, "lat"),
              centi(ctx, "lon"),
              instant(ctx, "start"),
              instant(ctx, "end"),
              number(ctx, "energy_wh", null),
              number(ctx, "max_distance_m", 20_000L));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("bad_parameter", e.getMessage());
    }
    int limit = (int) Math.min(100, number(ctx, "limit", 20L));
    List<ChargePointRecord> all = new ArrayList<>();
    store.forEachInNamespace(
        MobilityState.CHARGE_POINTS, (k, v) -> all.add(ChargePointRecord.decode(v)));
    ArrayNode hits = NODES.arrayNode();
    for (SearchHit h : ChargePointSearch.search(all, store, q, limit)) {
      ObjectNode row = chargePoint(h.chargePoint());
      row.put("distance_m", h.distanceM())
          .put("cost_micros", h.costMicros())
          .put("bonus_per_kwh", h.bonusPerKwh())
          .put("score", h.score());
      hits.add(row);
    }
    ctx.json(
        NODES
            .objectNode()
            .put("score", "cost - energy*bonus/1000 + 100*distance_m")
            .set("hits", hits));
  }

  private void feeder(Context ctx) {
    String feeder = ctx.pathParam("feeder");
    ObjectNode out = NODES.objectNode().put("feeder", feeder);
    Optional<FeederRecord> now = MobilityState.feeder(store, feeder);
    if (now.isEmpty()) {
      throw ApiError.notFound("no charging state published for feeder " + feeder);
    }
    write(now.get(), out.putObject("current"));
    ArrayNode history = out.putArray("history");
    MobilityState.feederHistory(store, feeder).forEach(f -> write(f, history.addObject()));
    ctx.json(out);
  }

  private static void write(FeederRecord f, ObjectNode out) {
    out.put("from", Instant.ofEpochMilli(f.fromMillis()).toString())
        .put("height", f.height())
        .put("headroom_w", f.headroomW())
        .put("min_rate_w", f.minRateW())
        .put("bonus_per_kwh", f.bonusPerKwh())
        .put("reason", f.reason());
    ArrayNode limits = out.putArray("limits");
    for (ChargeLimit l : f.limits()) {
      limits
          .addObject()
          .put("charge_point_id", l.chargePointId())
          .put("transaction_id", l.transactionId())
          .put("limit_w", l.limitW());
    }
  }

  private void booking(Context ctx) {
    BookingRecord b =
        MobilityState.booking(store, Paths.hash(ctx.pathParam("id")))
            .orElseThrow(() -> ApiError.notFound("no booking " + ctx.pathParam("id")));
    requireDriverOrOverseer(ctx, b.pseudonym());
    ctx.json(
        NODES
            .objectNode()
            .put("booking", b.id().toHex())
            .put("charge_point_id", b.chargePointId())
            .put("pseudonym", b.pseudonym())
            .put("start", Instant.ofEpochMilli(b.start()).toString())
            .put("end", Instant.ofEpochMilli(b.end()).toString())
            .put("energy_wh", b.energyWh())
            .put("deposit_micros", b.depositMicros())
            .put("status", b.status().name().toLowerCase(java.util.Locale.ROOT))
            .put("fee_micros", b.feeMicros()));
  }

  private void pseudonym(Context ctx) {
    String token = ctx.pathParam("token");
    PseudonymRecord p = requireDriverOrOverseer(ctx, token);
    ctx.json(
        NODES
            .objectNode()
            .put("token", p.token())
            .put("driver", p.driver().toHex())
            .put("retired", p.retired())
            .put("created", Instant.ofEpochMilli(p.createdAt()).toString()));
  }

  private void receipt(Context ctx) {
    int tx = (int) parse(ctx.pathParam("tx"), "tx");
    String cpId = ctx.pathParam("cp");
    Receipt r =
        MobilityState.receipt(store, cpId, tx)
            .orElseThrow(
                () -> ApiError.notFound("no receipt of transaction " + tx + " at " + cpId));
    Participant reader = caller.require(ctx);
    ChargePointRecord cp = cp(cpId);
    boolean driver =
        MobilityState.pseudonym(store, r.pseudonym())
            .map(p -> p.driver().equals(reader.key()))
            .orElse(false);
    if (!driver && !reader.seesAll() && !cp.owner().equals(reader.key())) {
      throw ApiError.forbidden("only the driver, the charge point's owner, the DSO or an auditor");
    }
    ctx.json(
        NODES
            .objectNode()
            .put("charge_point_id", r.chargePointId())
            .put("transaction_id", r.transactionId())
            .put("pseudonym", r.pseudonym())
            .put("start", Instant.ofEpochMilli(r.startMillis()).toString())
            .put("stop", Instant.ofEpochMilli(r.stopMillis()).toString())
            .put("energy_wh", r.energyWh())
            .put("energy_micros", r.energyMicros())
            .put("time_micros", r.timeMicros())
            .put("owner_micros", r.ownerMicros())
            .put("network_fee_micros", r.feeMicros())
            .put("bonus_micros", r.bonusMicros())
            .put("driver_micros", r.driverMicros())
            .put("arrears_micros", r.arrearsMicros())
            .put("reason", r.reason()));
  }

  private void remoteStart(Context ctx) throws Exception {
    ChargePointRecord cp = cp(ctx.pathParam("id"));
    JsonNode body = body(ctx);
    String token = body.path("id_tag").asText("");
    requireDriverOrOverseer(ctx, token);
    var answer = centralSystem().remoteStart(cp.id(), cp.connector(), token).toCompletableFuture();
    ctx.json(NODES.objectNode().put("status", status(answer)));
  }

  private void remoteStop(Context ctx) throws Exception {
    ChargePointRecord cp = cp(ctx.pathParam("id"));
    JsonNode body = body(ctx);
    int tx = body.path("transaction_id").asInt(0);
    var session =
        centralSystem().activeSessions().stream()
            .filter(s -> s.transactionId() == tx && s.chargePointId().equals(cp.id()))
            .findFirst()
            .orElseThrow(
                () -> ApiError.notFound("no transaction " + tx + " in progress at " + cp.id()));
    requireDriverOrOverseer(ctx, session.idTag());
    var answer = centralSystem().remoteStop(cp.id(), tx).toCompletableFuture();
    ctx.json(NODES.objectNode().put("status", status(answer)));
  }

  private static String status(
      java.util.concurrent.CompletableFuture<eu.chargetime.ocpp.model.Confirmation> answer)
      throws Exception {
    try {
      var c = answer.get(30, TimeUnit.SECONDS);
      if (c instanceof eu.chargetime.ocpp.model.core.RemoteStartTransactionConfirmation r) {
        return r.getStatus().name();
      }
      if (c instanceof eu.chargetime.ocpp.model.core.RemoteStopTransactionConfirmation r) {
        return r.getStatus().name();
      }
      return String.valueOf(c);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new ApiError(409, "not_connected", String.valueOf(e.getCause().getMessage()));
    }
  }

  private void ocpp(Context ctx) {
    caller.requireOverseer(ctx);
    CentralSystem c = centralSystem();
    ObjectNode out = NODES.objectNode().put("port", c.port()).put("connected", c.connected());
    out.put("active_sessions", c.activeSessions().size());
    ObjectNode received = out.putObject("received");
    c.received().forEach(received::put);
    ArrayNode refusals = out.putArray("refusals");
    c.refusals()
        .last()
        .forEach(
            r ->
                refusals
                    .addObject()
                    .put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .put("charge_point_id", r.chargePointId())
                    .put("message", r.message()));
    ctx.json(out);
  }

  /** The sessions in progress, by charge point and transaction: no pseudonym (public). */
  private void sessions(Context ctx) {
    ArrayNode out = NODES.arrayNode();
    central.ifPresent(
        c ->
            c.activeSessions().stream()
                .sorted(
                    java.util.Comparator.comparing(
                            org.gridledger.mobility.ocpp.ActiveSession::chargePointId)
                        .thenComparingInt(
                            org.gridledger.mobility.ocpp.ActiveSession::transactionId))
                .forEach(
                    s ->
                        out.addObject()
                            .put("charge_point_id", s.chargePointId())
                            .put("feeder", s.feeder())
                            .put("transaction_id", s.transactionId())
                            .put("start", Instant.ofEpochMilli(s.startMillis()).toString())
                            .put("energy_wh", s.lastWh() - s.meterStartWh())
                            .put("power_w", s.powerW())
                            .put("limit_w", s.limitW())));
    ctx.json(out);
  }

  private CentralSystem centralSystem() {
    return central.orElseThrow(
        () -> new ApiError(404, "not_found", "this node runs no OCPP central system"));
  }

  private PseudonymRecord requireDriverOrOverseer(Context ctx, String token) {
    Participant reader = caller.require(ctx);
    PseudonymRecord p =
        MobilityState.pseudonym(store, token)
            .orElseThrow(() -> ApiError.notFound("no pseudonym " + token));
    if (!p.driver().equals(reader.key()) && !reader.seesAll()) {
      throw ApiError.forbidden("only the driver, the DSO or an auditor");
    }
    return p;
  }

  private static JsonNode body(Context ctx) {
    try {
      return JSON.readTree(ctx.body());
    } catch (Exception e) {
      throw ApiError.badRequest("malformed", "the body is not JSON");
    }
  }

  private static int centi(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null) {
      throw new IllegalArgumentException(name + " is missing");
    }
    try {
      return (int) Math.round(Double.parseDouble(v) * 100);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " is not a number");
    }
  }

  private static long instant(Context ctx, String name) {
    String v = ctx.queryParam(name);
    try {
      return Instant.parse(v == null ? "" : v).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be an ISO-8601 UTC time");
    }
  }

  private static long number(Context ctx, String name, Long fallback) {
    String v = ctx.queryParam(name);
    if (v == null) {
      if (fallback == null) {
        throw ApiError.badRequest("bad_parameter", name + " is missing");
      }
      return fallback;
    }
    return parse(v, name);
  }

  private static long parse(String v, String name) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("bad_parameter", name + " must be a whole number");
    }
  }
}
