package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridledger.flex.ledger.Commitment;
import org.gridledger.flex.ledger.DrBillLine;
import org.gridledger.flex.ledger.EventRecord;
import org.gridledger.flex.ledger.FlexState;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.store.ChainStore;

/**
 * Demand response's face (the OpenADR 2.0b VTN's reads): the events, public (what is asked, where,
 * when, at what price, how much is committed in total); who committed, to the DSO and auditors; a
 * participant's commitments and performance, to itself, the DSO and auditors.
 */
final class FlexRoutes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ChainStore store;
  private final Caller caller;

  FlexRoutes(ChainStore store, Caller caller) {
    this.store = store;
    this.caller = caller;
  }

  void register(Javalin app) {
    app.get("/api/v1/flex/events", this::events);
    app.get("/api/v1/flex/events/{id}", this::event);
    app.get("/api/v1/participants/{id}/flex", this::participant);
  }

  private void events(Context ctx) {
    ObjectNode out = NODES.objectNode();
    ArrayNode list = out.putArray("events");
    for (String id : FlexState.eventIds(store)) {
      list.add(summary(FlexState.event(store, id).orElseThrow()));
    }
    ctx.json(out);
  }

  private void event(Context ctx) {
    String id = ctx.pathParam("id");
    EventRecord event =
        FlexState.event(store, id).orElseThrow(() -> ApiError.notFound("no event " + id));
    ObjectNode out = summary(event);
    Optional<Participant> reader = caller.optional(ctx);
    if (reader.isPresent() && reader.get().seesAll()) {
      ArrayNode list = out.putArray("commitments");
      for (Commitment c : FlexState.commitments(store, id)) {
        list.add(commitment(c));
      }
    }
    ctx.json(out);
  }

  private void participant(Context ctx) {
    PublicKey key = Paths.key(ctx.pathParam("id"));
    caller.requireOwnerOrOverseer(ctx, key);
    ObjectNode out = NODES.objectNode().put("participant", key.toHex());
    ArrayNode list = out.putArray("commitments");
    for (String[] ref : FlexState.participantCommitments(store, key)) {
      FlexState.commitment(store, ref[0], ref[1]).ifPresent(c -> list.add(commitment(c)));
    }
    ctx.json(out);
  }

  private ObjectNode commitment(Commitment c) {
    ObjectNode row =
        NODES
            .objectNode()
            .put("event_id", c.eventId())
            .put("meter_id", c.meterId())
            .put("owner", c.owner().toHex())
            .put("opted_in_by", c.by().toHex())
            .put("committed_w", c.committedW())
            .put("status", c.active() ? "opted_in" : "opted_out")
            .put("changed_at", Instant.ofEpochMilli(c.at()).toString());
    Optional<DrBillLine> perf = FlexState.performance(store, c.eventId(), c.meterId());
    if (perf.isPresent()) {
      performance(perf.get(), row.putObject("performance"));
    } else {
      row.putNull("performance");
    }
    return row;
  }

  /** The fields of a settled meter's performance (also the bill's demand-response lines). */
  static void performance(DrBillLine l, ObjectNode out) {
    var p = l.performance();
    out.put("committed_wh", p.committedWh())
        .put("baseline_wh", p.baselineWh())
        .put("measured_wh", p.measuredWh())
        .put("delivered_wh", p.deliveredWh())
        .put("shortfall_wh", p.shortfallWh())
        .put("penalized_wh", p.penalizedWh())
        .put("reward_micros", p.rewardMicros())
        .put("penalty_micros", p.penaltyMicros())
        .put("arrears_micros", l.arrearsMicros())
        .put("net_micros", l.netMicros())
        .put("estimated", l.estimated());
  }

  private ObjectNode summary(EventRecord event) {
    ObjectNode out = NODES.objectNode();
    FlexPayloadJson.write(event.event(), out);
    out.put("status", event.status().jsonName())
        .put("created_at", Instant.ofEpochMilli(event.createdAt()).toString());
    if (event.status() == EventRecord.Status.CANCELLED) {
      out.put("cancel_reason", event.cancelReason());
    }
    List<Commitment> active = FlexState.active(store, event.id());
    out.put("participants", active.size())
        .put("committed_w", active.stream().mapToLong(Commitment::committedW).sum());
    return out;
  }
}
