package org.gridledger.node.operator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridledger.grid.service.Curtailment;
import org.gridledger.grid.service.GridService;
import org.gridledger.grid.service.IntervalSchedule;
import org.gridledger.grid.service.Trade;
import org.gridledger.ledger.tx.GridVerdict;
import org.gridledger.ledger.tx.MarketParams;
import org.gridledger.ledger.tx.TradeVerdict;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;
import org.gridledger.market.ledger.TradeRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DSO's grid service turned into a verdict transaction: the cleared trades go through an AC
 * power flow of the feeder (off the ledger, floating point allowed); curtailments come back in
 * whole Wh with their reasons, and each trade gets the network fee for its pair of buses, capped at
 * the market's highest fee.
 */
public final class VerdictMaker {
  private static final Logger LOG = LoggerFactory.getLogger(VerdictMaker.class);
  private final GridService grid;

  public VerdictMaker(GridService grid) {
    this.grid = grid;
  }

  public GridVerdict verdict(
      long intervalStart,
      List<TradeRecord> trades,
      MarketParams params,
      Map<String, Long> baseInjectionW) {
    List<Trade> schedule = new ArrayList<>(trades.size());
    for (TradeRecord t : trades) {
      schedule.add(new Trade(String.valueOf(t.index()), t.sellerBus(), t.buyerBus(), t.energyWh()));
    }
    var result =
        grid.verdict(
            new IntervalSchedule(
                params.intervalMinutes(), base(baseInjectionW), Map.of(), schedule));
    Map<String, Curtailment> cuts = new HashMap<>();
    if (result instanceof org.gridledger.grid.service.GridVerdict.Curtail curtail) {
      curtail.curtailments().forEach(c -> cuts.put(c.tradeId(), c));
      if (!curtail.unresolved().isEmpty()) {
        LOG.warn(
            "interval {}: violations no curtailment of trades removes: {}",
            java.time.Instant.ofEpochMilli(intervalStart),
            curtail.unresolved());
      }
    }
    List<TradeVerdict> verdicts = new ArrayList<>(trades.size());
    for (TradeRecord t : trades) {
      Curtailment cut = cuts.get(String.valueOf(t.index()));
      long curtailed = cut == null ? 0 : Math.min(t.energyWh(), cut.curtailedWh());
      long fee = Math.min(params.maxNetworkFee().microsPerKwh(), feeOf(t));
      verdicts.add(
          new TradeVerdict(
              t.index(),
              Energy.wh(curtailed),
              Price.microsPerKwh(fee),
              cut == null ? "" : cut.reason()));
    }
    return new GridVerdict(intervalStart, verdicts);
  }

  /**
   * The metered injections where there are meters, the network model's base case elsewhere; null
   * (the model's base case throughout) when nothing was metered. Meters at buses the model does not
   * know are left out.
   */
  private Map<String, Long> base(Map<String, Long> metered) {
    if (metered == null) {
      return null;
    }
    Map<String, Long> base = new java.util.TreeMap<>();
    grid.model()
        .baseInjections()
        .forEach((bus, injection) -> base.put(bus, Math.round(injection.pW())));
    Set<String> known = new java.util.HashSet<>();
    grid.model().buses().forEach(b -> known.add(b.id()));
    metered.forEach(
        (bus, w) -> {
          if (known.contains(bus)) {
            base.put(bus, w);
          }
        });
    return base;
  }

  private long feeOf(TradeRecord t) {
    try {
      return grid.networkFeeMicroPerKwh(t.sellerBus(), t.buyerBus());
    } catch (RuntimeException unknownBus) {
      return Long.MAX_VALUE;
    }
  }
}
