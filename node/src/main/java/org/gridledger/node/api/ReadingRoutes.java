package org.gridledger.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridledger.metering.Metering;
import org.gridledger.metering.anchor.ReadingProof;
import org.gridledger.metering.ingest.RawReading;
import org.gridledger.metering.ingest.ReadingRefusal;
import org.gridledger.metering.ingest.ReadingResult;
import org.gridledger.metering.registry.Meter;
import org.gridledger.metering.store.StoredReading;

/**
 * Readings in over HTTP ({@code POST /api/v1/meters/readings}: one JSON reading, a JSON array, or
 * binary readings each prefixed by a 16-bit length), and a meter's readings and their proofs out,
 * for its owner, the DSO and auditors.
 */
final class ReadingRoutes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Metering metering;
  private final Caller caller;

  ReadingRoutes(Metering metering, Caller caller) {
    this.metering = metering;
    this.caller = caller;
  }

  void register(Javalin app) {
    app.post("/api/v1/meters/readings", this::submit);
    app.get("/api/v1/meters/{id}/readings", this::readings);
    app.get("/api/v1/meters/{id}/readings/{sequence}/proof", this::proof);
  }

  private void submit(Context ctx) throws InterruptedException {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    byte[] body = ctx.bodyAsBytes();
    List<RawReading> batch;
    boolean single = false;
    if (type.startsWith("application/octet-stream")) {
      batch = frames(body);
    } else if (type.startsWith("application/json")) {
      JsonNode root = parse(body);
      if (root != null && root.isArray()) {
        batch = elements(root);
      } else if (root != null && root.isObject() && root.path("readings").isArray()) {
        batch = elements(root.get("readings"));
      } else {
        batch = List.of(RawReading.http(body));
        single = true;
      }
    } else {
      throw new ApiError(
          415,
          "unsupported_media_type",
          "send application/json or application/octet-stream readings");
    }
    List<ReadingResult> results = metering.ingestor().ingest(batch);
    boolean anchored = await(ctx, results);
    if (single) {
      answerOne(ctx, results.get(0), anchored);
    } else {
      answerMany(ctx, results, anchored);
    }
  }

  private static JsonNode parse(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static List<RawReading> elements(JsonNode array) {
    List<RawReading> out = new ArrayList<>(array.size());
    for (JsonNode n : array) {
      try {
        out.add(RawReading.http(JSON.writeValueAsBytes(n)));
      } catch (IOException e) {
        throw new IllegalStateException("cannot re-encode a JSON reading", e);
      }
    }
    return out;
  }

  /** Splits a binary batch; bytes that do not frame become one (malformed) reading. */
  static List<RawReading> frames(byte[] body) {
    List<RawReading> out = new ArrayList<>();
    int at = 0;
    while (at < body.length) {
      int length = at + 2 <= body.length ? (body[at] & 0xff) << 8 | body[at + 1] & 0xff : -1;
      if (length < 0 || at + 2 + length > body.length) {
        out.add(RawReading.http(Arrays.copyOfRange(body, at, body.length)));
        break;
      }
      out.add(RawReading.http(Arrays.copyOfRange(body, at + 2, at + 2 + length)));
      at += 2 + length;
    }
    if (out.isEmpty()) {
      out.add(RawReading.http(body));
    }
    return out;
  }

  private boolean await(Context ctx, List<ReadingResult> results) throws InterruptedException {
    if (!"true".equals(ctx.queryParam("wait"))) {
      return false;
    }
    long timeout = MeteringParams.number(ctx, "timeout_ms", 10_000, 1, 60_000);
    long last = 0;
    for (ReadingResult r : results) {
      if (r instanceof ReadingResult.Accepted a) {
        last = Math.max(last, a.ticket());
      }
    }
    return last > 0 && metering.anchors().awaitAnchored(last, java.time.Duration.ofMillis(timeout));
  }

  private static void answerOne(Context ctx, ReadingResult result, boolean anchored) {
    switch (result) {
      case ReadingResult.Accepted a ->
          ctx.status(anchored ? 200 : 202)
              .json(
                  JSON.createObjectNode()
                      .put("status", anchored ? "anchored" : "accepted")
                      .put("meter_id", a.meterId())
                      .put("sequence", a.sequence()));
      case ReadingRefusal r -> throw new ApiError(statusOf(r), r.reason().code(), r.message());
    }
  }

  private static void answerMany(Context ctx, List<ReadingResult> results, boolean anchored) {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode list = JSON.createArrayNode();
    int accepted = 0;
    for (int i = 0; i < results.size(); i++) {
      ObjectNode item = list.addObject().put("index", i);
      switch (results.get(i)) {
        case ReadingResult.Accepted a -> {
          accepted++;
          item.put("status", "accepted").put("meter_id", a.meterId()).put("sequence", a.sequence());
        }
        case ReadingRefusal r ->
            item.put("status", "refused")
                .put("meter_id", r.meterId())
                .put("reason", r.reason().code())
                .put("message", r.message());
      }
    }
    out.put("accepted", accepted).put("refused", results.size() - accepted);
    out.put("anchored", anchored);
    out.set("results", list);
    ctx.json(out);
  }

  static int statusOf(ReadingRefusal refusal) {
    return switch (refusal.reason()) {
      case MALFORMED, UNSUPPORTED_VERSION, TOPIC_MISMATCH -> 400;
      case BAD_SIGNATURE -> 401;
      case UNKNOWN_METER, FUTURE_TIMESTAMP -> 422;
      case DUPLICATE, REPLAYED_SEQUENCE, TIME_NOT_INCREASING, DECREASING_REGISTER -> 409;
      case OVERLOADED -> 503;
    };
  }

  private void readings(Context ctx) {
    Meter meter = MeteringParams.meter(ctx, metering.meters());
    caller.requireOwnerOrOverseer(ctx, meter.owner());
    long from = MeteringParams.time(ctx, "from");
    long to = ctx.queryParam("to") == null ? Long.MAX_VALUE : MeteringParams.time(ctx, "to");
    int limit = (int) MeteringParams.number(ctx, "limit", 1000, 1, 10_000);
    ObjectNode out = JSON.createObjectNode().put("meter_id", meter.id());
    ArrayNode list = out.putArray("readings");
    for (StoredReading r : metering.readings().range(meter.id(), from, to, limit)) {
      list.add(MeteringJson.stored(r));
    }
    ctx.json(out);
  }

  private void proof(Context ctx) {
    Meter meter = MeteringParams.meter(ctx, metering.meters());
    caller.requireOwnerOrOverseer(ctx, meter.owner());
    String text = ctx.pathParam("sequence");
    long sequence;
    try {
      sequence = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("bad_parameter", "a sequence is a whole number, not " + text);
    }
    ReadingProof proof =
        metering
            .proofs()
            .proof(meter.id(), sequence)
            .orElseThrow(
                () ->
                    ApiError.notFound(
                        "reading " + sequence + " of meter " + meter.id() + " is not anchored"));
    ctx.json(MeteringJson.proof(proof, proof.verifies(meter)));
  }
}
