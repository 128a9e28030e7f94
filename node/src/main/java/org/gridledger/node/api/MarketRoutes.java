package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.market.ledger.IntervalRecord;
import org.gridledger.market.ledger.MarketState;
import org.gridledger.market.ledger.TradeRecord;

/**
 * The market's public face: its rules, and each interval's stage, clearing price, volumes and
 * curtailments with their reasons. Who traded with whom is shown to the parties, the DSO and
 * auditors only.
 */
final class MarketRoutes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ChainStore store;
  private final Caller caller;

  MarketRoutes(ChainStore store, Caller caller) {
    this.store = store;
    this.caller = caller;
  }

  void register(Javalin app) {
    app.get("/api/v1/market/rules", this::rules);
    app.get("/api/v1/market/intervals/{start}", this::interval);
  }

  private void rules(Context ctx) {
    ObjectNode out = NODES.objectNode();
    MarketPayloadJson.write(MarketState.params(store), out);
    ctx.json(out);
  }

  private void interval(Context ctx) {
    long start = start(ctx.pathParam("start"));
    IntervalRecord interval = MarketState.interval(store, start);
    Optional<Participant> reader = caller.optional(ctx);
    ObjectNode out = NODES.objectNode();
    out.put("interval_start", Instant.ofEpochMilli(start).toString())
        .put("stage", interval.stage().name().toLowerCase(java.util.Locale.ROOT))
        .put("orders", interval.orders());
    if (interval.clearingPrice() >= 0) {
      out.put("clearing_price_per_kwh", interval.clearingPrice());
    } else {
      out.putNull("clearing_price_per_kwh");
    }
    out.put(
        "verdict",
        interval.stage().compareTo(IntervalRecord.Stage.FIRM) < 0
            ? "pending"
            : interval.verdictFromDso() ? "dso" : "policy");
    List<TradeRecord> trades = MarketState.trades(store, start);
    long cleared = 0;
    long curtailed = 0;
    ArrayNode list = out.putArray("trades");
    for (TradeRecord t : trades) {
      cleared += t.energyWh();
      curtailed += t.curtailedWh();
      ObjectNode row =
          list.addObject()
              .put("index", t.index())
              .put("energy_wh", t.energyWh())
              .put("price_per_kwh", t.pricePerKwh());
      if (t.firm()) {
        row.put("curtailed_wh", t.curtailedWh())
            .put("network_fee_per_kwh", t.feePerKwh())
            .put("reason", t.reason());
      }
      if (reader.isPresent() && (reader.get().seesAll() || isParty(reader.get().key(), t))) {
        row.put("buyer", t.buyer().toHex())
            .put("seller", t.seller().toHex())
            .put("buyer_meter", t.buyerMeter())
            .put("seller_meter", t.sellerMeter());
      }
    }
    out.put("cleared_wh", cleared).put("curtailed_wh", curtailed);
    ctx.json(out);
  }

  private static boolean isParty(PublicKey key, TradeRecord t) {
    return key.equals(t.buyer()) || key.equals(t.seller());
  }

  static long start(String text) {
    try {
      return Instant.parse(text).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(
          "bad_parameter", "an interval is named by its start, ISO-8601 UTC, not \"" + text + "\"");
    }
  }
}
