package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.gridledger.flex.ledger.DrBillLine;
import org.gridledger.flex.ledger.DrBills;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.market.ledger.BillLine;
import org.gridledger.market.ledger.Bills;
import org.gridledger.mobility.ledger.MobilityState;

/**
 * A participant's bill for a month: {@code GET /api/v1/participants/{id}/bills/{yyyy-mm}} as JSON,
 * or as a printable HTML page with {@code ?format=html}. Only for the participant, the DSO and
 * auditors.
 */
final class BillRoutes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ChainStore store;
  private final Caller caller;

  BillRoutes(ChainStore store, Caller caller) {
    this.store = store;
    this.caller = caller;
  }

  void register(Javalin app) {
    app.get("/api/v1/participants/{id}/bills/{month}", this::bill);
  }

  private void bill(Context ctx) {
    PublicKey key = Paths.key(ctx.pathParam("id"));
    String month = ctx.pathParam("month");
    if (!month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
      throw ApiError.badRequest("bad_parameter", "a month is yyyy-mm, not \"" + month + "\"");
    }
    String format = ctx.queryParam("format");
    if (format != null && !format.equals("json") && !format.equals("html")) {
      throw ApiError.badRequest("bad_parameter", "format is json or html");
    }
    caller.requireOwnerOrOverseer(ctx, key);
    Participant p =
        Registry.participant(store, key)
            .orElseThrow(() -> ApiError.notFound("no participant " + key));
    List<BillLine> lines = Bills.lines(store, key, month);
    List<DrBillLine> dr = DrBills.lines(store, key, month);
    if ("html".equals(format)) {
      ctx.contentType("text/html; charset=utf-8")
          .result(
              EvBillSection.html(
                  DrBillSection.html(BillPage.render(p, month, lines), dr),
                  MobilityState.billLines(store, key, month)));
    } else {
      ctx.json(
          EvBillSection.json(
              DrBillSection.json(json(p, month, lines), dr),
              MobilityState.billLines(store, key, month)));
    }
  }

  static ObjectNode json(Participant p, String month, List<BillLine> lines) {
    ObjectNode out =
        NODES
            .objectNode()
            .put("participant", p.key().toHex())
            .put("name", p.name())
            .put("month", month)
            .put("money_unit", "micro");
    BillLine total = BillTotals.of(lines);
    ObjectNode totals = out.putObject("totals");
    write(total, totals);
    totals
        .put("net_micros", total.netMicros())
        .put("estimated_lines", lines.stream().filter(BillLine::estimated).count());
    ArrayNode rows = out.putArray("lines");
    for (BillLine l : lines) {
      ObjectNode row =
          rows.addObject()
              .put("interval_start", Instant.ofEpochMilli(l.intervalStart()).toString())
              .put("meter_id", l.meterId());
      write(l, row);
      row.put("net_micros", l.netMicros()).put("estimated", l.estimated());
    }
    return out;
  }

  private static void write(BillLine l, ObjectNode out) {
    out.put("bought_wh", l.boughtWh())
        .put("sold_wh", l.soldWh())
        .put("paid_micros", l.paidMicros())
        .put("earned_micros", l.earnedMicros())
        .put("network_fees_micros", l.feesMicros())
        .put("grid_import_wh", l.gridImportWh())
        .put("grid_import_micros", l.gridImportMicros())
        .put("grid_export_wh", l.gridExportWh())
        .put("grid_export_micros", l.gridExportMicros())
        .put("arrears_micros", l.arrearsMicros());
  }
}
