package org.gridledger.sim.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.gridledger.sim.run.IntervalRow;
import org.gridledger.sim.run.SimulationResult;

/**
 * {@code report.html}: the KPIs and charts of a run in one file that opens offline. Chart.js comes
 * from its WebJar on the classpath and is inlined into the page; the data are inlined as JSON.
 */
final class HtmlReport {
  private static final String CHART_JS =
      "/META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";

  private HtmlReport() {}

  static String render(SimulationResult r, String kpiJson) {
    List<IntervalRow> rows = r.rows();
    StringBuilder data = new StringBuilder("{\"t\":[");
    series(
        data,
        rows,
        x ->
            "\""
                + Instant.ofEpochMilli(x.startMillis())
                    .toString()
                    .substring(5, 16)
                    .replace('T', ' ')
                + "\"");
    data.append("],\"load\":[");
    series(data, rows, x -> Long.toString(x.loadWh()));
    data.append("],\"pv\":[");
    series(data, rows, x -> Long.toString(x.pvWh()));
    data.append("],\"ev\":[");
    series(data, rows, x -> Long.toString(x.evWh()));
    data.append("],\"imp\":[");
    series(data, rows, x -> Long.toString(x.importWh()));
    data.append("],\"exp\":[");
    series(data, rows, x -> Long.toString(x.exportWh()));
    data.append("],\"traded\":[");
    series(data, rows, x -> Long.toString(x.tradedWh()));
    data.append("],\"price\":[");
    series(data, rows, x -> x.clearingPrice() < 0 ? "null" : Long.toString(x.clearingPrice()));
    data.append("],\"trafo\":[");
    series(data, rows, x -> num(x.transformerPct()));
    data.append("],\"trafoNoDso\":[");
    series(data, rows, x -> num(x.transformerPctNoDso()));
    data.append("],\"trafoUnsteered\":[");
    series(data, rows, x -> num(x.transformerPctUnsteered()));
    data.append("],\"minV\":[");
    series(data, rows, x -> num(x.minV()));
    data.append("],\"maxV\":[");
    series(data, rows, x -> num(x.maxV()));
    data.append("]}");
    String title = "GridLedger simulation: " + esc(r.community().scenario().name());
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + "</title>\n<style>body{font-family:sans-serif;margin:2em;max-width:1100px}"
        + "canvas{margin:1em 0}pre{background:#f4f4f4;padding:1em;overflow:auto;max-height:30em}"
        + "</style>\n<script>"
        + chartJs().replace("</script", "<\\/script")
        + "</script>\n"
        + "</head><body>\n<h1>"
        + title
        + "</h1>\n"
        + "<p>"
        + r.community().households().size()
        + " households on "
        + esc(r.community().model().name())
        + ", "
        + r.community().scenario().days()
        + " day(s) from "
        + r.community().scenario().start()
        + ", "
        + r.community().scenario().intervalMinutes()
        + "-minute intervals, seed "
        + r.community().scenario().seed()
        + ". Energy in Wh per interval, prices in µ/kWh.</p>\n"
        + "<h2>Energy</h2><canvas id=\"energy\"></canvas>\n"
        + "<h2>Local market</h2><canvas id=\"market\"></canvas>\n"
        + "<h2>Transformer loading: with the DSO's checks, without them, without EV steering</h2>"
        + "<canvas id=\"trafo\"></canvas>\n"
        + "<h2>Voltage band</h2><canvas id=\"volt\"></canvas>\n"
        + "<h2>Key figures (kpis.json)</h2><pre>"
        + esc(kpiJson)
        + "</pre>\n"
        + "<script>const D="
        + data
        + ";\n"
        + SCRIPT
        + "</script>\n</body></html>\n";
  }

  private static final String SCRIPT =
      """
      function line(id, sets, opts) {
        new Chart(document.getElementById(id), {type: 'line',
          data: {labels: D.t, datasets: sets.map(s => Object.assign(
            {pointRadius: 0, borderWidth: 1.5, spanGaps: true}, s))},
          options: Object.assign({animation: false, interaction: {mode: 'index', intersect: false}},
            opts || {})});
      }
      line('energy', [{label: 'consumption', data: D.load}, {label: 'PV', data: D.pv},
        {label: 'EV charging', data: D.ev}, {label: 'community import', data: D.imp},
        {label: 'community export', data: D.exp}]);
      line('market', [{label: 'traded Wh', data: D.traded, yAxisID: 'y'},
        {label: 'clearing price', data: D.price, yAxisID: 'p'}],
        {scales: {y: {position: 'left'}, p: {position: 'right'}}});
      line('trafo', [{label: 'with DSO checks', data: D.trafo},
        {label: 'market without DSO checks / tariff only', data: D.trafoNoDso},
        {label: 'EV unsteered', data: D.trafoUnsteered}]);
      line('volt', [{label: 'min V (p.u.)', data: D.minV}, {label: 'max V (p.u.)', data: D.maxV}]);
      """;

  private static void series(
      StringBuilder out,
      List<IntervalRow> rows,
      java.util.function.Function<IntervalRow, String> f) {
    for (int i = 0; i < rows.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(f.apply(rows.get(i)));
    }
  }

  private static String num(double v) {
    return Double.isFinite(v) ? String.valueOf(Kpis.round(v, 4)) : "null";
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String chartJs() {
    try (InputStream in = HtmlReport.class.getResourceAsStream(CHART_JS)) {
      if (in == null) {
        throw new IllegalStateException("Chart.js WebJar missing from the classpath: " + CHART_JS);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
