package org.gridledger.node.api;

import java.time.Instant;
import java.util.List;
import org.gridledger.ledger.account.Participant;
import org.gridledger.market.ledger.BillLine;

/** The printable HTML bill: a self-contained page, no script, no external resources. */
final class BillPage {
  private BillPage() {}

  static String render(Participant p, String month, List<BillLine> lines) {
    BillLine t = BillTotals.of(lines);
    StringBuilder html = new StringBuilder(4096);
    html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Bill ")
        .append(esc(month))
        .append(" – ")
        .append(esc(p.name()))
        .append(
            "</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}"
                + "td,th{border-bottom:1px solid #ccc;padding:.3em .5em;text-align:right}th:first-child,td:first-child{text-align:left}"
                + ".total{font-weight:bold}@media print{a{display:none}}</style></head><body>")
        .append("<h1>GridLedger bill, ")
        .append(esc(month))
        .append("</h1>")
        .append("<p>")
        .append(esc(p.name()))
        .append("<br><small>")
        .append(p.key().toHex())
        .append("</small></p>")
        .append("<table><tr><th>Item</th><th>Energy (kWh)</th><th>Amount</th></tr>")
        .append(row("Energy bought in the local market", t.boughtWh(), -t.paidMicros()))
        .append(row("Energy sold in the local market", t.soldWh(), t.earnedMicros()))
        .append(row("Network fees", t.boughtWh(), -t.feesMicros()))
        .append(row("Taken from the grid at the tariff", t.gridImportWh(), -t.gridImportMicros()))
        .append(
            row("Given to the grid at the feed-in tariff", t.gridExportWh(), t.gridExportMicros()))
        .append("<tr class=\"total\"><td>Total</td><td></td><td>")
        .append(money(t.netMicros()))
        .append("</td></tr></table>");
    if (t.arrearsMicros() > 0) {
      html.append("<p>Booked to arrears (unpaid): ")
          .append(money(t.arrearsMicros()))
          .append("</p>");
    }
    long estimated = lines.stream().filter(BillLine::estimated).count();
    html.append("<h2>Intervals</h2><p>").append(lines.size()).append(" settled intervals");
    if (estimated > 0) {
      html.append(", ").append(estimated).append(" on the DSO's estimate for missing readings");
    }
    html.append(
        "</p><table><tr><th>Interval (UTC)</th><th>Meter</th><th>Bought</th><th>Sold</th><th>Grid in</th><th>Grid out</th><th>Net</th></tr>");
    for (BillLine l : lines) {
      html.append("<tr><td>")
          .append(Instant.ofEpochMilli(l.intervalStart()))
          .append(l.estimated() ? " (estimated)" : "")
          .append("</td><td>")
          .append(esc(l.meterId()))
          .append("</td><td>")
          .append(kwh(l.boughtWh()))
          .append("</td><td>")
          .append(kwh(l.soldWh()))
          .append("</td><td>")
          .append(kwh(l.gridImportWh()))
          .append("</td><td>")
          .append(kwh(l.gridExportWh()))
          .append("</td><td>")
          .append(money(l.netMicros()))
          .append("</td></tr>");
    }
    return html.append(
            "</table><p><small>Amounts in currency units; energy in kWh. Every line is settled on the ledger from signed meter readings.</small></p></body></html>")
        .toString();
  }

  private static String row(String item, long wh, long micros) {
    return "<tr><td>" + item + "</td><td>" + kwh(wh) + "</td><td>" + money(micros) + "</td></tr>";
  }

  static String kwh(long wh) {
    return String.format(java.util.Locale.ROOT, "%.3f", wh / 1000.0);
  }

  static String money(long micros) {
    return java.math.BigDecimal.valueOf(micros, 6)
        .setScale(2, java.math.RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private static String esc(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
