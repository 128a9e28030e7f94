package org.gridledger.sim.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.sim.community.Household;
import org.gridledger.sim.run.HouseholdLedger;
import org.gridledger.sim.run.HouseholdTotals;
import org.gridledger.sim.run.IntervalRow;
import org.gridledger.sim.run.SimulationResult;
import org.gridledger.sim.scenario.Scenario;

/**
 * The key figures of a run, as the ordered map written to {@code kpis.json}. Nothing measured by
 * the wall clock goes in (that is {@code run.json}), and decimals are rounded to fixed places, so
 * the same scenario and seed give the same bytes. Energy in Wh, money in µ, prices in µ/kWh,
 * loadings in %, voltages in p.u.
 */
public final class Kpis {
  private Kpis() {}

  public static Map<String, Object> of(SimulationResult r) {
    Scenario s = r.community().scenario();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scenario", s.name());
    out.put("seed", s.seed());
    out.put("start", s.start().toString());
    out.put("days", s.days());
    out.put("interval_minutes", s.intervalMinutes());
    out.put("households", r.community().households().size());
    out.put("network", r.community().model().name());
    out.put("energy", energy(r));
    out.put("grid", grid(r));
    out.put("market", market(r, s));
    out.put("ev", ev(r));
    out.put("demand_response", demandResponse(r, s));
    out.put("ledger", ledger(r));
    out.put("bills", bills(r, s));
    return out;
  }

  private static Map<String, Object> energy(SimulationResult r) {
    long load = 0;
    long pv = 0;
    long imp = 0;
    long exp = 0;
    for (IntervalRow row : r.rows()) {
      load += row.loadWh();
      pv += row.pvWh();
      imp += row.importWh();
      exp += row.exportWh();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("consumption_wh", load);
    m.put("pv_wh", pv);
    m.put("community_import_wh", imp);
    m.put("community_export_wh", exp);
    m.put("self_sufficiency", ratio(load - imp, load));
    m.put("self_consumption", ratio(pv - exp, pv));
    return m;
  }

  private static Map<String, Object> grid(SimulationResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("with_dso_checks", physics(r.rows(), 0));
    m.put("market_without_dso_checks", physics(r.rows(), 1));
    m.put("tariff_only", physics(r.rows(), 1));
    m.put("ev_unsteered", physics(r.rows(), 2));
    long curtailed = r.rows().stream().mapToLong(IntervalRow::curtailedWh).sum();
    long intervals = r.rows().stream().filter(x -> x.curtailedWh() > 0).count();
    m.put("dso_curtailed_wh", curtailed);
    m.put("dso_curtailed_intervals", intervals);
    return m;
  }

  private static Map<String, Object> physics(List<IntervalRow> rows, int variant) {
    double peak = 0;
    long violations = 0;
    long intervals = 0;
    double minV = Double.MAX_VALUE;
    double maxV = 0;
    for (IntervalRow row : rows) {
      double loading =
          switch (variant) {
            case 0 -> row.transformerPct();
            case 1 -> row.transformerPctNoDso();
            default -> row.transformerPctUnsteered();
          };
      int v =
          switch (variant) {
            case 0 -> row.violations();
            case 1 -> row.violationsNoDso();
            default -> row.violationsUnsteered();
          };
      peak = Math.max(peak, loading);
      violations += v;
      intervals += v > 0 ? 1 : 0;
      minV = Math.min(minV, row.minV());
      maxV = Math.max(maxV, row.maxV());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("peak_transformer_loading_pct", round(peak, 2));
    m.put("violations", violations);
    m.put("intervals_with_violations", intervals);
    if (variant == 0) {
      m.put("min_voltage_pu", round(minV, 4));
      m.put("max_voltage_pu", round(maxV, 4));
    }
    return m;
  }

  private static Map<String, Object> market(SimulationResult r, Scenario s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("traded_wh", r.tradedWh());
    m.put("traded_value_micros", r.tradedValueMicros());
    m.put(
        "average_local_price_per_kwh",
        r.tradedWh() == 0 ? null : Math.floorDiv(r.tradedValueMicros() * 1000, r.tradedWh()));
    m.put("tariff_import_per_kwh", s.market().importPerKwh());
    m.put("tariff_feed_in_per_kwh", s.market().feedInPerKwh());
    long market = 0;
    long tariff = 0;
    long fees = 0;
    for (int h = 0; h < r.ledger().size(); h++) {
      market -= r.ledger().get(h).billNetMicros();
      tariff += tariffBill(r.totals().get(h), s);
      fees += r.ledger().get(h).feesMicros();
    }
    m.put("community_bill_micros", market);
    m.put("community_tariff_only_bill_micros", tariff);
    m.put("community_saving_micros", tariff - market);
    m.put("network_fees_micros", fees);
    return m;
  }

  /**
   * What the household would pay at the tariff alone on its uncurtailed energy, µ, rounded down.
   */
  static long tariffBill(HouseholdTotals t, Scenario s) {
    return Math.floorDiv(
        t.tariffImportWh() * s.market().importPerKwh()
            - t.tariffExportWh() * s.market().feedInPerKwh(),
        1000);
  }

  private static Map<String, Object> ev(SimulationResult r) {
    long ev = r.totals().stream().mapToLong(HouseholdTotals::evWh).sum();
    double peak = 0;
    double peakUnsteered = 0;
    for (IntervalRow row : r.rows()) {
      peak = Math.max(peak, row.transformerPct());
      peakUnsteered = Math.max(peakUnsteered, row.transformerPctUnsteered());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", "simulator (EV module not wired yet)");
    m.put("steering", r.community().scenario().evs().steering());
    m.put("evs", r.community().households().stream().filter(Household::hasEv).count());
    m.put("charged_wh", ev);
    m.put("unserved_wh", r.community().evUnservedWh());
    m.put("peak_transformer_loading_pct", round(peak, 2));
    m.put("peak_transformer_loading_pct_unsteered", round(peakUnsteered, 2));
    return m;
  }

  private static Map<String, Object> demandResponse(SimulationResult r, Scenario s) {
    long delivered = r.totals().stream().mapToLong(HouseholdTotals::drWh).sum();
    long reward = s.demandResponse().isEmpty() ? 0 : s.demandResponse().getFirst().rewardPerKwh();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("source", "simulator (demand-response module not wired yet)");
    m.put("events", s.demandResponse().size());
    m.put(
        "participants",
        r.community().households().stream().filter(Household::demandResponse).count());
    m.put("delivered_wh", delivered);
    m.put("reward_micros", Math.floorDiv(delivered * reward, 1000));
    return m;
  }

  private static Map<String, Object> ledger(SimulationResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("transactions", r.transactions());
    m.put("readings_anchored", r.readings());
    return m;
  }

  private static List<Object> bills(SimulationResult r, Scenario s) {
    List<Object> out = new ArrayList<>();
    for (Household h : r.community().households()) {
      HouseholdLedger l = r.ledger().get(h.index());
      HouseholdTotals t = r.totals().get(h.index());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("household", h.name());
      m.put("meter", h.meterId());
      m.put("bus", h.bus());
      m.put("pv_kwp", round(h.pvKwp(), 1));
      m.put("battery_wh", h.batteryWh());
      m.put("ev", h.hasEv());
      m.put("import_wh", t.importWh());
      m.put("export_wh", t.exportWh());
      m.put("bought_wh", l.boughtWh());
      m.put("sold_wh", l.soldWh());
      m.put("bill_micros", -l.billNetMicros());
      m.put("tariff_only_bill_micros", tariffBill(t, s));
      m.put("fees_micros", l.feesMicros());
      out.add(m);
    }
    return out;
  }

  static BigDecimal ratio(long part, long whole) {
    return whole == 0 ? BigDecimal.ZERO : round((double) part / whole, 4);
  }

  static BigDecimal round(double v, int places) {
    if (!Double.isFinite(v)) {
      return null;
    }
    return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_EVEN);
  }
}
