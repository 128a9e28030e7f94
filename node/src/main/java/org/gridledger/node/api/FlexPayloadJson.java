package org.gridledger.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridledger.ledger.tx.BaselineMethod;
import org.gridledger.ledger.tx.CancelDrEvent;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrDirection;
import org.gridledger.ledger.tx.DrInterval;
import org.gridledger.ledger.tx.DrOptIn;
import org.gridledger.ledger.tx.DrOptOut;
import org.gridledger.ledger.tx.DrPerformance;
import org.gridledger.ledger.tx.RegisterFlexResource;
import org.gridledger.ledger.tx.SettleDrEvent;

/** The JSON form of demand response's payloads; times ISO-8601 UTC, power W, prices µ/kWh. */
final class FlexPayloadJson {
  private FlexPayloadJson() {}

  static void write(RegisterFlexResource r, ObjectNode out) {
    out.put("meter_id", r.meterId()).put("capacity_w", r.capacityW());
    r.aggregator().ifPresent(a -> out.put("aggregator", a.toHex()));
  }

  static RegisterFlexResource resource(JsonNode in) {
    return new RegisterFlexResource(
        PayloadJson.text(in, "meter_id"),
        MarketPayloadJson.number(in, "capacity_w"),
        in.hasNonNull("aggregator")
            ? Optional.of(PayloadJson.key(in, "aggregator"))
            : Optional.empty());
  }

  static void write(CreateDrEvent e, ObjectNode out) {
    out.put("event_id", e.eventId()).put("feeder", e.feeder());
    ArrayNode buses = out.putArray("buses");
    e.buses().forEach(buses::add);
    out.put("window_start", Instant.ofEpochMilli(e.windowStart()).toString())
        .put("window_end", Instant.ofEpochMilli(e.windowEnd()).toString())
        .put("interval_minutes", e.intervalMinutes())
        .put("direction", e.direction().name().toLowerCase(java.util.Locale.ROOT))
        .put("requested_w", e.requestedW())
        .put("reward_per_kwh", e.rewardPerKwh())
        .put("penalty_per_kwh", e.penaltyPerKwh())
        .put("tolerance_pct", e.tolerancePct())
        .put("notification_minutes", e.notificationMinutes())
        .put("opt_in_deadline", Instant.ofEpochMilli(e.optInDeadline()).toString())
        .put("baseline", e.baseline().jsonName());
  }

  static CreateDrEvent event(JsonNode in) {
    List<String> buses = new ArrayList<>();
    JsonNode list = in.get("buses");
    if (list != null && !list.isNull()) {
      if (!list.isArray()) {
        throw new IllegalArgumentException("\"buses\" must be an array of bus ids");
      }
      list.forEach(b -> buses.add(b.asText()));
    }
    return new CreateDrEvent(
        PayloadJson.text(in, "event_id"),
        PayloadJson.text(in, "feeder"),
        buses,
        MarketPayloadJson.instant(in, "window_start"),
        MarketPayloadJson.instant(in, "window_end"),
        (int) MarketPayloadJson.number(in, "interval_minutes"),
        PayloadJson.enumOf(DrDirection.class, PayloadJson.text(in, "direction"), "direction"),
        MarketPayloadJson.number(in, "requested_w"),
        MarketPayloadJson.number(in, "reward_per_kwh"),
        MarketPayloadJson.number(in, "penalty_per_kwh"),
        (int) MarketPayloadJson.number(in, "tolerance_pct"),
        (int) MarketPayloadJson.number(in, "notification_minutes"),
        MarketPayloadJson.instant(in, "opt_in_deadline"),
        PayloadJson.enumOf(BaselineMethod.class, PayloadJson.text(in, "baseline"), "baseline"));
  }

  static void write(DrOptIn o, ObjectNode out) {
    out.put("event_id", o.eventId())
        .put("meter_id", o.meterId())
        .put("committed_w", o.committedW());
  }

  static DrOptIn optIn(JsonNode in) {
    return new DrOptIn(
        PayloadJson.text(in, "event_id"),
        PayloadJson.text(in, "meter_id"),
        MarketPayloadJson.number(in, "committed_w"));
  }

  static void write(DrOptOut o, ObjectNode out) {
    out.put("event_id", o.eventId()).put("meter_id", o.meterId());
  }

  static DrOptOut optOut(JsonNode in) {
    return new DrOptOut(PayloadJson.text(in, "event_id"), PayloadJson.text(in, "meter_id"));
  }

  static void write(CancelDrEvent c, ObjectNode out) {
    out.put("event_id", c.eventId()).put("reason", c.reason());
  }

  static CancelDrEvent cancel(JsonNode in) {
    return new CancelDrEvent(
        PayloadJson.text(in, "event_id"),
        in.hasNonNull("reason") ? PayloadJson.text(in, "reason") : "");
  }

  static void write(SettleDrEvent s, ObjectNode out) {
    out.put("event_id", s.eventId());
    ArrayNode meters = out.putArray("meters");
    for (DrPerformance p : s.meters()) {
      ObjectNode m =
          meters.addObject().put("meter_id", p.meterId()).put("estimated", p.estimated());
      ArrayNode intervals = m.putArray("intervals");
      for (DrInterval i : p.intervals()) {
        intervals.addObject().put("baseline_wh", i.baselineWh()).put("measured_wh", i.measuredWh());
      }
    }
  }

  static SettleDrEvent settlement(JsonNode in) {
    JsonNode meters = in.get("meters");
    if (meters == null || !meters.isArray()) {
      throw new IllegalArgumentException("\"meters\" must be an array");
    }
    List<DrPerformance> list = new ArrayList<>();
    for (JsonNode m : meters) {
      JsonNode intervals = m.get("intervals");
      if (intervals == null || !intervals.isArray()) {
        throw new IllegalArgumentException("\"intervals\" must be an array");
      }
      List<DrInterval> values = new ArrayList<>();
      for (JsonNode i : intervals) {
        values.add(
            new DrInterval(
                MarketPayloadJson.number(i, "baseline_wh"),
                MarketPayloadJson.number(i, "measured_wh")));
      }
      list.add(
          new DrPerformance(
              PayloadJson.text(m, "meter_id"), values, m.path("estimated").asBoolean(false)));
    }
    return new SettleDrEvent(PayloadJson.text(in, "event_id"), list);
  }
}
