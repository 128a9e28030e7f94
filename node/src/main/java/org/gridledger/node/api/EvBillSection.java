package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.gridledger.mobility.ledger.EvBillLine;

/** The EV charging part of a bill: {@code ev_lines} and {@code ev_net_micros} in JSON. */
final class EvBillSection {
  private EvBillSection() {}

  static ObjectNode json(ObjectNode bill, List<EvBillLine> lines) {
    ArrayNode rows = bill.putArray("ev_lines");
    long net = 0;
    for (EvBillLine l : lines) {
      net += l.netMicros();
      rows.addObject()
          .put("time", Instant.ofEpochMilli(l.timeMillis()).toString())
          .put("kind", l.kind().name().toLowerCase(Locale.ROOT))
          .put("charge_point_id", l.chargePointId())
          .put("transaction_id", l.transactionId())
          .put("energy_wh", l.energyWh())
          .put("net_micros", l.netMicros());
    }
    bill.put("ev_net_micros", net);
    return bill;
  }

  static String html(String page, List<EvBillLine> lines) {
    if (lines.isEmpty()) {
      return page;
    }
    StringBuilder section =
        new StringBuilder(
            "<h2>EV charging</h2><table><tr><th>time</th><th>kind</th><th>charge point</th><th>Wh</th><th>net µ</th></tr>");
    for (EvBillLine l : lines) {
      section
          .append("<tr><td>")
          .append(Instant.ofEpochMilli(l.timeMillis()))
          .append("</td><td>")
          .append(l.kind().name().toLowerCase(Locale.ROOT))
          .append("</td><td>")
          .append(l.chargePointId().replace("<", "&lt;").replace("&", "&amp;"))
          .append("</td><td>")
          .append(l.energyWh())
          .append("</td><td>")
          .append(l.netMicros())
          .append("</td></tr>");
    }
    section.append("</table>");
    int end = page.lastIndexOf("</body>");
    return end < 0 ? page + section : page.substring(0, end) + section + page.substring(end);
  }
}
