package org.gridledger.node.dashboard;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.node.operator.MeterEnergySource;

/**
 * The feeder as the DSO's dashboard shows it: an AC power flow of the network model under the mean
 * net injections its household meters measured over one market interval (the base the grid verdicts
 * start from), or under the model's base case while no meter reports. Runs off the ledger; results
 * are cached per interval and head height. Thread-safe.
 */
public final class GridState {
  private static final int CACHE = 64;
  private final GridModel model;
  private final AcPowerFlow flow;
  private final MeterEnergySource meters;
  private final Map<String, Snapshot> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Snapshot> eldest) {
          return size() > CACHE;
        }
      };

  /** One interval's flow and where its injections came from ("metered" or "model"). */
  public record Snapshot(long intervalStart, long intervalMillis, String source, FlowResult flow) {}

  public GridState(GridModel model, MeterEnergySource meters) {
    this.model = model;
    this.flow = new AcPowerFlow(model);
    this.meters = meters;
  }

  public GridModel model() {
    return model;
  }

  /** The flow of the interval starting at {@code start}; {@code height} keys the cache. */
  public synchronized Snapshot at(long start, long intervalMillis, long height) {
    String key = start + "/" + intervalMillis + "/" + height;
    Snapshot cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    Map<String, Long> metered = meters.netInjectionByBus(start, intervalMillis);
    Snapshot snapshot;
    if (metered == null) {
      snapshot = new Snapshot(start, intervalMillis, "model", flow.runBase());
    } else {
      Map<String, Injection> injections = new HashMap<>();
      metered.forEach((bus, w) -> injections.put(bus, new Injection(w, 0)));
      snapshot = new Snapshot(start, intervalMillis, "metered", flow.run(injections));
    }
    cache.put(key, snapshot);
    return snapshot;
  }
}
