package org.gridledger.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.tx.AvailabilityWindow;
import org.gridledger.ledger.tx.BookCharging;
import org.gridledger.ledger.tx.CancelBooking;
import org.gridledger.ledger.tx.ChargeLimit;
import org.gridledger.ledger.tx.CloseBooking;
import org.gridledger.ledger.tx.FeederCharging;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.PayloadType;
import org.gridledger.ledger.tx.RegisterChargePoint;
import org.gridledger.ledger.tx.RotatePseudonym;
import org.gridledger.ledger.tx.SettleCharging;
import org.gridledger.ledger.tx.StartCharging;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;

/** The JSON form of EV charging's payloads; times ISO-8601 UTC, power in W, money in µ. */
final class MobilityPayloadJson {
  private MobilityPayloadJson() {}

  static void write(Payload payload, ObjectNode out) {
    switch (payload) {
      case RegisterChargePoint c -> {
        out.put("charge_point_id", c.chargePointId())
            .put("key", c.key().toHex())
            .put("owner", c.owner().toHex())
            .put("bus", c.bus())
            .put("feeder", c.feeder())
            .put("max_power_w", c.maxPowerW())
            .put("connector", c.connector())
            .put("price_per_kwh", c.pricePerKwh().microsPerKwh())
            .put("price_per_hour", c.pricePerHourMicros());
        ArrayNode windows = out.putArray("windows");
        c.windows()
            .forEach(
                w ->
                    windows
                        .addObject()
                        .put("from_minute", w.fromMinute())
                        .put("to_minute", w.toMinute()));
        out.put("lat_centideg", c.latCentiDeg())
            .put("lon_centideg", c.lonCentiDeg())
            .put("auth_key_hash", c.authKeyHash().toHex());
      }
      case RotatePseudonym r -> out.put("token", r.token()).put("retire", r.retire());
      case BookCharging b ->
          out.put("charge_point_id", b.chargePointId())
              .put("pseudonym", b.pseudonym())
              .put("start", Instant.ofEpochMilli(b.start()).toString())
              .put("end", Instant.ofEpochMilli(b.end()).toString())
              .put("energy_wh", b.energy().wh());
      case CancelBooking c -> out.put("booking", c.booking().toHex());
      case CloseBooking c -> out.put("booking", c.booking().toHex());
      case StartCharging s ->
          out.put("charge_point_id", s.chargePointId())
              .put("transaction_id", s.transactionId())
              .put("id_tag", s.idTag())
              .put("start", Instant.ofEpochMilli(s.startMillis()).toString())
              .put("meter_start_wh", s.meterStartWh());
      case SettleCharging s ->
          out.put("charge_point_id", s.chargePointId())
              .put("transaction_id", s.transactionId())
              .put("stop", Instant.ofEpochMilli(s.stopMillis()).toString())
              .put("meter_stop_wh", s.meterStopWh())
              .put("network_fee_per_kwh", s.networkFee().microsPerKwh())
              .put("reason", s.reason());
      case FeederCharging f -> {
        out.put("feeder", f.feeder())
            .put("from", Instant.ofEpochMilli(f.fromMillis()).toString())
            .put("headroom_w", f.headroomW())
            .put("min_rate_w", f.minRateW())
            .put("bonus_per_kwh", f.bonusPerKwh());
        ArrayNode limits = out.putArray("limits");
        f.limits()
            .forEach(
                l ->
                    limits
                        .addObject()
                        .put("charge_point_id", l.chargePointId())
                        .put("transaction_id", l.transactionId())
                        .put("limit_w", l.limitW()));
        out.put("reason", f.reason());
      }
      default -> throw new IllegalArgumentException("not an EV charging payload");
    }
  }

  static Payload read(PayloadType type, JsonNode in) {
    return switch (type) {
      case REGISTER_CHARGE_POINT -> {
        List<AvailabilityWindow> windows = new ArrayList<>();
        for (JsonNode w : array(in, "windows")) {
          windows.add(
              new AvailabilityWindow(
                  (int) MarketPayloadJson.number(w, "from_minute"),
                  (int) MarketPayloadJson.number(w, "to_minute")));
        }
        yield new RegisterChargePoint(
            PayloadJson.text(in, "charge_point_id"),
            PayloadJson.key(in, "key"),
            PayloadJson.key(in, "owner"),
            PayloadJson.text(in, "bus"),
            PayloadJson.text(in, "feeder"),
            MarketPayloadJson.number(in, "max_power_w"),
            (int) MarketPayloadJson.number(in, "connector"),
            Price.microsPerKwh(MarketPayloadJson.number(in, "price_per_kwh")),
            MarketPayloadJson.number(in, "price_per_hour"),
            windows,
            (int) MarketPayloadJson.number(in, "lat_centideg"),
            (int) MarketPayloadJson.number(in, "lon_centideg"),
            hash(in, "auth_key_hash"));
      }
      case ROTATE_PSEUDONYM ->
          new RotatePseudonym(
              PayloadJson.text(in, "token"),
              in.hasNonNull("retire") ? PayloadJson.text(in, "retire") : "");
      case BOOK_CHARGING ->
          new BookCharging(
              PayloadJson.text(in, "charge_point_id"),
              PayloadJson.text(in, "pseudonym"),
              MarketPayloadJson.instant(in, "start"),
              MarketPayloadJson.instant(in, "end"),
              Energy.wh(MarketPayloadJson.number(in, "energy_wh")));
      case CANCEL_BOOKING -> new CancelBooking(hash(in, "booking"));
      case CLOSE_BOOKING -> new CloseBooking(hash(in, "booking"));
      case START_CHARGING ->
          new StartCharging(
              PayloadJson.text(in, "charge_point_id"),
              (int) MarketPayloadJson.number(in, "transaction_id"),
              PayloadJson.text(in, "id_tag"),
              MarketPayloadJson.instant(in, "start"),
              MarketPayloadJson.number(in, "meter_start_wh"));
      case SETTLE_CHARGING ->
          new SettleCharging(
              PayloadJson.text(in, "charge_point_id"),
              (int) MarketPayloadJson.number(in, "transaction_id"),
              MarketPayloadJson.instant(in, "stop"),
              MarketPayloadJson.number(in, "meter_stop_wh"),
              Price.microsPerKwh(MarketPayloadJson.number(in, "network_fee_per_kwh")),
              in.hasNonNull("reason") ? PayloadJson.text(in, "reason") : "");
      case FEEDER_CHARGING -> {
        List<ChargeLimit> limits = new ArrayList<>();
        for (JsonNode l : array(in, "limits")) {
          limits.add(
              new ChargeLimit(
                  PayloadJson.text(l, "charge_point_id"),
                  (int) MarketPayloadJson.number(l, "transaction_id"),
                  MarketPayloadJson.number(l, "limit_w")));
        }
        yield new FeederCharging(
            PayloadJson.text(in, "feeder"),
            MarketPayloadJson.instant(in, "from"),
            MarketPayloadJson.number(in, "headroom_w"),
            MarketPayloadJson.number(in, "min_rate_w"),
            MarketPayloadJson.number(in, "bonus_per_kwh"),
            limits,
            in.hasNonNull("reason") ? PayloadJson.text(in, "reason") : "");
      }
      default -> throw new IllegalArgumentException("not an EV charging payload type");
    };
  }

  private static JsonNode array(JsonNode in, String field) {
    JsonNode node = in.get(field);
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an array");
    }
    return node;
  }

  private static Hash hash(JsonNode in, String field) {
    try {
      return Hash.fromHex(PayloadJson.text(in, field));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + field + "\": " + e.getMessage(), e);
    }
  }
}
