package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.gridledger.flex.ledger.DrBillLine;

/**
 * The demand-response section of a bill, beside the market's lines (which it leaves as they are):
 * in JSON {@code "demand_response": {"totals", "lines"}} and {@code totals.net_micros_all} (market
 * and demand response together); in HTML a table before the page's end.
 */
final class DrBillSection {
  private DrBillSection() {}

  static ObjectNode json(ObjectNode bill, List<DrBillLine> lines) {
    ObjectNode section = bill.putObject("demand_response");
    long reward = 0;
    long penalty = 0;
    long arrears = 0;
    long delivered = 0;
    long committed = 0;
    ArrayNode rows = section.putArray("lines");
    for (DrBillLine l : lines) {
      ObjectNode row =
          rows.addObject()
              .put("event_id", l.eventId())
              .put("meter_id", l.meterId())
              .put("window_start", Instant.ofEpochMilli(l.windowStart()).toString())
              .put("window_end", Instant.ofEpochMilli(l.windowEnd()).toString())
              .put("committed_w", l.committedW());
      FlexRoutes.performance(l, row);
      reward += l.performance().rewardMicros();
      penalty += l.performance().penaltyMicros();
      arrears += l.arrearsMicros();
      delivered += l.performance().deliveredWh();
      committed += l.performance().committedWh();
    }
    section
        .putObject("totals")
        .put("committed_wh", committed)
        .put("delivered_wh", delivered)
        .put("reward_micros", reward)
        .put("penalty_micros", penalty)
        .put("arrears_micros", arrears)
        .put("net_micros", reward - penalty);
    ObjectNode totals = (ObjectNode) bill.get("totals");
    totals.put("net_micros_all", totals.get("net_micros").asLong() + reward - penalty);
    return bill;
  }

  /** The page with the demand-response table inserted before its end, when there are lines. */
  static String html(String page, List<DrBillLine> lines) {
    if (lines.isEmpty()) {
      return page;
    }
    StringBuilder html =
        new StringBuilder(
            "<h2>Demand response</h2><table><tr><th>Event</th><th>Meter</th><th>Committed</th>"
                + "<th>Delivered</th><th>Reward</th><th>Penalty</th><th>Net</th></tr>");
    for (DrBillLine l : lines) {
      html.append("<tr><td>")
          .append(esc(l.eventId()))
          .append(l.estimated() ? " (estimated)" : "")
          .append("</td><td>")
          .append(esc(l.meterId()))
          .append("</td><td>")
          .append(BillPage.kwh(l.performance().committedWh()))
          .append("</td><td>")
          .append(BillPage.kwh(l.performance().deliveredWh()))
          .append("</td><td>")
          .append(BillPage.money(l.performance().rewardMicros()))
          .append("</td><td>")
          .append(BillPage.money(-l.performance().penaltyMicros()))
          .append("</td><td>")
          .append(BillPage.money(l.netMicros()))
          .append("</td></tr>");
    }
    html.append("</table>");
    int end = page.lastIndexOf("</body>");
    return page.substring(0, end) + html + page.substring(end);
  }

  private static String esc(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
