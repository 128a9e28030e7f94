package org.gridledger.grid.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.GridModelException;

/**
 * The provisional schedule of one interval: the base net injection of each bus (the forecast of
 * everything not traded, generation positive) and the cleared trades on top of it.
 *
 * @param intervalMinutes interval length in minutes, > 0
 * @param baseInjectionW net active injection per bus in W; null to use the network model's own base
 *     case
 * @param baseInjectionVar net reactive injection per bus in var (may be empty)
 * @param trades the provisional trades
 */
public record IntervalSchedule(
    int intervalMinutes,
    Map<String, Long> baseInjectionW,
    Map<String, Long> baseInjectionVar,
    List<Trade> trades) {
  public IntervalSchedule {
    if (intervalMinutes <= 0) {
      throw new GridModelException("interval must be positive, got " + intervalMinutes + " min");
    }
    baseInjectionW =
        baseInjectionW == null ? null : Map.copyOf(new LinkedHashMap<>(baseInjectionW));
    baseInjectionVar = Map.copyOf(baseInjectionVar == null ? Map.of() : baseInjectionVar);
    trades = List.copyOf(trades);
    java.util.Set<String> ids = new java.util.HashSet<>();
    for (Trade t : trades) {
      if (!ids.add(t.tradeId())) {
        throw new GridModelException("duplicate trade id " + t.tradeId());
      }
    }
  }

  /** Trades on top of the network model's base case. */
  public static IntervalSchedule onModelBase(int intervalMinutes, List<Trade> trades) {
    return new IntervalSchedule(intervalMinutes, null, Map.of(), trades);
  }
}
