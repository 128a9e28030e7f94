package org.gridledger.sim.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridledger.sim.run.IntervalRow;
import org.gridledger.sim.run.SimulationResult;

/**
 * Writes a run's outputs into a directory: {@code kpis.json} (deterministic: byte-identical for the
 * same scenario and seed), {@code run.json} (wall time, blocks, chain bytes, transactions per
 * second: vary from run to run), {@code timeseries.csv} (one row per interval) and {@code
 * report.html} (charts, readable offline).
 */
public final class ReportWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportWriter() {}

  public static void write(SimulationResult result, Path dir) {
    try {
      Files.createDirectories(dir);
      Map<String, Object> kpis = Kpis.of(result);
      String kpiJson = JSON.writeValueAsString(kpis) + "\n";
      Files.writeString(dir.resolve("kpis.json"), kpiJson, StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("run.json"),
          JSON.writeValueAsString(run(result)) + "\n",
          StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("timeseries.csv"), csv(result), StandardCharsets.UTF_8);
      Files.writeString(
          dir.resolve("report.html"), HtmlReport.render(result, kpiJson), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The figures that depend on the machine: wall time, blocks, bytes, rates. */
  public static Map<String, Object> run(SimulationResult r) {
    double seconds = r.wallNanos() / 1e9;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scenario", r.community().scenario().name());
    m.put("households", r.community().households().size());
    m.put("intervals", r.rows().size());
    m.put("wall_seconds", Kpis.round(seconds, 2));
    m.put("transactions", r.transactions());
    m.put("blocks", r.blocks());
    m.put("chain_bytes", r.chainBytes());
    m.put("readings_anchored", r.readings());
    m.put("tx_per_second", Kpis.round(r.transactions() / Math.max(seconds, 1e-9), 1));
    m.put(
        "simulated_days_per_minute",
        Kpis.round(r.community().scenario().days() * 60 / Math.max(seconds, 1e-9), 2));
    return m;
  }

  static String csv(SimulationResult r) {
    StringBuilder out =
        new StringBuilder(
            "time,load_wh,pv_wh,ev_wh,dr_wh,import_wh,export_wh,traded_wh,curtailed_wh,"
                + "clearing_price_per_kwh,transformer_pct,min_v_pu,max_v_pu,violations,"
                + "transformer_pct_no_dso,violations_no_dso,transformer_pct_unsteered,"
                + "violations_unsteered\n");
    for (IntervalRow x : r.rows()) {
      out.append(Instant.ofEpochMilli(x.startMillis()))
          .append(',')
          .append(x.loadWh())
          .append(',')
          .append(x.pvWh())
          .append(',')
          .append(x.evWh())
          .append(',')
          .append(x.drWh())
          .append(',')
          .append(x.importWh())
          .append(',')
          .append(x.exportWh())
          .append(',')
          .append(x.tradedWh())
          .append(',')
          .append(x.curtailedWh())
          .append(',')
          .append(x.clearingPrice() < 0 ? "" : Long.toString(x.clearingPrice()))
          .append(',')
          .append(Kpis.round(x.transformerPct(), 2))
          .append(',')
          .append(Kpis.round(x.minV(), 4))
          .append(',')
          .append(Kpis.round(x.maxV(), 4))
          .append(',')
          .append(x.violations())
          .append(',')
          .append(Kpis.round(x.transformerPctNoDso(), 2))
          .append(',')
          .append(x.violationsNoDso())
          .append(',')
          .append(Kpis.round(x.transformerPctUnsteered(), 2))
          .append(',')
          .append(x.violationsUnsteered())
          .append('\n');
    }
    return out.toString();
  }
}
