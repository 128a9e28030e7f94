package org.gridledger.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.tx.BusLink;
import org.gridledger.ledger.tx.CancelOrder;
import org.gridledger.ledger.tx.ClearInterval;
import org.gridledger.ledger.tx.GridVerdict;
import org.gridledger.ledger.tx.MarketParams;
import org.gridledger.ledger.tx.MeterEnergy;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.tx.PlaceOrder;
import org.gridledger.ledger.tx.SetGridTopology;
import org.gridledger.ledger.tx.SetMarketRules;
import org.gridledger.ledger.tx.SettleInterval;
import org.gridledger.ledger.tx.TradeVerdict;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;

/** The JSON form of the market's payloads; intervals by their start time, ISO-8601 UTC. */
final class MarketPayloadJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MarketPayloadJson() {}

  static void write(MarketParams p, ObjectNode out) {
    out.put("interval_minutes", p.intervalMinutes())
        .put("gate_closure_minutes", p.gateClosureMinutes())
        .put("horizon_hours", p.horizonHours())
        .put("pricing", p.payAsBid() ? "pay-as-bid" : "pay-as-clear")
        .put("import_price_per_kwh", p.importPrice().microsPerKwh())
        .put("feed_in_price_per_kwh", p.feedInPrice().microsPerKwh())
        .put("max_network_fee_per_kwh", p.maxNetworkFee().microsPerKwh())
        .put("min_price_per_kwh", p.minPrice().microsPerKwh())
        .put("max_price_per_kwh", p.maxPrice().microsPerKwh())
        .put("max_order_wh", p.maxOrderWh())
        .put("without_verdict", p.approveWithoutVerdict() ? "approve" : "curtail");
  }

  static MarketParams params(JsonNode in) {
    String pricing = PayloadJson.text(in, "pricing");
    String policy = PayloadJson.text(in, "without_verdict");
    if (!pricing.equals("pay-as-clear") && !pricing.equals("pay-as-bid")) {
      throw new IllegalArgumentException("\"pricing\" must be pay-as-clear or pay-as-bid");
    }
    if (!policy.equals("approve") && !policy.equals("curtail")) {
      throw new IllegalArgumentException("\"without_verdict\" must be approve or curtail");
    }
    return new MarketParams(
        (int) number(in, "interval_minutes"),
        (int) number(in, "gate_closure_minutes"),
        (int) number(in, "horizon_hours"),
        pricing.equals("pay-as-bid"),
        price(in, "import_price_per_kwh"),
        price(in, "feed_in_price_per_kwh"),
        price(in, "max_network_fee_per_kwh"),
        price(in, "min_price_per_kwh"),
        price(in, "max_price_per_kwh"),
        number(in, "max_order_wh"),
        policy.equals("approve"));
  }

  static ObjectNode write(SetMarketRules r, ObjectNode out) {
    write(r.params(), out.putObject("params"));
    return out;
  }

  static ObjectNode write(SetGridTopology t, ObjectNode out) {
    ArrayNode links = out.putArray("links");
    t.links()
        .forEach(
            l ->
                links
                    .addObject()
                    .put("bus", l.bus())
                    .put("parent", l.parent())
                    .put("milliohms", l.milliohms()));
    return out;
  }

  static SetGridTopology topology(JsonNode in) {
    List<BusLink> links = new ArrayList<>();
    for (JsonNode l : array(in, "links")) {
      links.add(
          new BusLink(
              PayloadJson.text(l, "bus"), l.path("parent").asText(""), number(l, "milliohms")));
    }
    return new SetGridTopology(links);
  }

  static ObjectNode write(PlaceOrder o, ObjectNode out) {
    return out.put("interval_start", Instant.ofEpochMilli(o.intervalStart()).toString())
        .put("side", o.side().name().toLowerCase(Locale.ROOT))
        .put("energy_wh", o.energy().wh())
        .put("price_per_kwh", o.limit().microsPerKwh())
        .put("meter_id", o.meterId());
  }

  static PlaceOrder order(JsonNode in) {
    return new PlaceOrder(
        instant(in, "interval_start"),
        PayloadJson.enumOf(OrderSide.class, PayloadJson.text(in, "side"), "side"),
        Energy.wh(number(in, "energy_wh")),
        price(in, "price_per_kwh"),
        PayloadJson.text(in, "meter_id"));
  }

  static CancelOrder cancel(JsonNode in) {
    try {
      return new CancelOrder(Hash.fromHex(PayloadJson.text(in, "order")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"order\": " + e.getMessage(), e);
    }
  }

  static ObjectNode write(GridVerdict v, ObjectNode out) {
    out.put("interval_start", Instant.ofEpochMilli(v.intervalStart()).toString());
    ArrayNode trades = out.putArray("trades");
    v.trades()
        .forEach(
            t ->
                trades
                    .addObject()
                    .put("trade", t.tradeIndex())
                    .put("curtailed_wh", t.curtailed().wh())
                    .put("network_fee_per_kwh", t.networkFee().microsPerKwh())
                    .put("reason", t.reason()));
    return out;
  }

  static GridVerdict verdict(JsonNode in) {
    List<TradeVerdict> trades = new ArrayList<>();
    for (JsonNode t : array(in, "trades")) {
      trades.add(
          new TradeVerdict(
              (int) number(t, "trade"),
              Energy.wh(number(t, "curtailed_wh")),
              price(t, "network_fee_per_kwh"),
              t.path("reason").asText("")));
    }
    return new GridVerdict(instant(in, "interval_start"), trades);
  }

  static ObjectNode write(SettleInterval s, ObjectNode out) {
    out.put("interval_start", Instant.ofEpochMilli(s.intervalStart()).toString());
    ArrayNode meters = out.putArray("meters");
    s.meters()
        .forEach(
            m ->
                meters
                    .addObject()
                    .put("meter_id", m.meterId())
                    .put("import_wh", m.imported().wh())
                    .put("export_wh", m.exported().wh())
                    .put("estimated", m.estimated()));
    return out;
  }

  static SettleInterval settlement(JsonNode in) {
    List<MeterEnergy> meters = new ArrayList<>();
    for (JsonNode m : array(in, "meters")) {
      meters.add(
          new MeterEnergy(
              PayloadJson.text(m, "meter_id"),
              Energy.wh(number(m, "import_wh")),
              Energy.wh(number(m, "export_wh")),
              m.path("estimated").asBoolean(false)));
    }
    return new SettleInterval(instant(in, "interval_start"), meters);
  }

  static ClearInterval clear(JsonNode in) {
    return new ClearInterval(instant(in, "interval_start"));
  }

  static ObjectNode interval(long start, ObjectNode out) {
    return out.put("interval_start", Instant.ofEpochMilli(start).toString());
  }

  private static Iterable<JsonNode> array(JsonNode in, String field) {
    JsonNode node = in.get(field);
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an array");
    }
    return node;
  }

  static long number(JsonNode in, String field) {
    JsonNode node = in.get(field);
    if (node == null || !node.canConvertToExactIntegral() || !node.canConvertToLong()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a whole number");
    }
    return node.asLong();
  }

  private static Price price(JsonNode in, String field) {
    return Price.microsPerKwh(number(in, field));
  }

  static long instant(JsonNode in, String field) {
    try {
      return Instant.parse(PayloadJson.text(in, field)).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + field + "\" must be an ISO-8601 UTC time", e);
    }
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }
}
