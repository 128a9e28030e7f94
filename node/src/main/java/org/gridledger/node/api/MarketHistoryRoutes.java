package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.TreeSet;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.tx.MarketParams;
import org.gridledger.market.ledger.IntervalRecord;
import org.gridledger.market.ledger.MarketState;
import org.gridledger.market.ledger.TradeRecord;

/**
 * The market's recent intervals at a glance, public: {@code GET /api/v1/market/intervals?count=N}
 * lists the last N intervals up to the one whose gate closes next, newest first, with stage,
 * clearing price, volumes and the reasons of any curtailment. No party of any trade is named.
 */
public final class MarketHistoryRoutes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final StateReader state;
  private final Clock clock;

  public MarketHistoryRoutes(StateReader state, Clock clock) {
    this.state = state;
    this.clock = clock;
  }

  public void register(Javalin app) {
    app.get("/api/v1/market/intervals", this::recent);
  }

  private void recent(Context ctx) {
    int count = (int) MeteringParams.number(ctx, "count", 16, 1, 96);
    MarketParams p = MarketState.params(state);
    long length = p.intervalMillis();
    long now = clock.millis();
    long latest = Math.floorDiv(now + p.gateClosureMinutes() * 60_000L, length) * length;
    ObjectNode out =
        NODES
            .objectNode()
            .put("now", Instant.ofEpochMilli(now).toString())
            .put("interval_minutes", length / 60_000);
    ArrayNode list = out.putArray("intervals");
    for (int i = 0; i < count; i++) {
      list.add(row(MarketState.interval(state, latest - i * length)));
    }
    ctx.json(out);
  }

  private ObjectNode row(IntervalRecord interval) {
    long cleared = 0;
    long curtailed = 0;
    TreeSet<String> reasons = new TreeSet<>();
    var trades = MarketState.trades(state, interval.start());
    for (TradeRecord t : trades) {
      cleared += t.energyWh();
      curtailed += t.curtailedWh();
      if (t.firm() && !t.reason().isEmpty()) {
        reasons.add(t.reason());
      }
    }
    ObjectNode row =
        NODES
            .objectNode()
            .put("interval_start", Instant.ofEpochMilli(interval.start()).toString())
            .put("stage", interval.stage().name().toLowerCase(Locale.ROOT))
            .put("orders", interval.orders())
            .put("trades", trades.size());
    if (interval.clearingPrice() >= 0) {
      row.put("clearing_price_per_kwh", interval.clearingPrice());
    } else {
      row.putNull("clearing_price_per_kwh");
    }
    row.put("cleared_wh", cleared).put("curtailed_wh", curtailed);
    ArrayNode why = row.putArray("curtailment_reasons");
    reasons.forEach(why::add);
    return row;
  }
}
