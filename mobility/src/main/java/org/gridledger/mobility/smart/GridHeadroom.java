package org.gridledger.mobility.smart;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gridledger.grid.check.ConstraintCheck;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;

/**
 * Headroom from AC power flows of the network model: the base load of the interval (the model's
 * base case scaled by the {@link LoadProfile}) plus an extra load spread equally over the buses of
 * the feeder's charge points; the headroom is the largest extra load (by doubling, then bisection)
 * whose flow converges within every limit (voltages, line and transformer ratings), to 500 W
 * (warm-started flows). 0 if the base case alone violates a limit. Cached per feeder and interval.
 * Thread-safe (serialised).
 */
public final class GridHeadroom implements HeadroomSource {
  private static final long RESOLUTION_W = 500;
  private static final long CEILING_W = 100_000_000;

  private final GridModel model;
  private final AcPowerFlow flow;
  private final ConstraintCheck check;
  private final LoadProfile profile;
  private final Function<String, List<String>> busesOfFeeder;
  private final Map<String, Long> cache = new HashMap<>();

  public GridHeadroom(
      GridModel model,
      Limits limits,
      LoadProfile profile,
      Function<String, List<String>> busesOfFeeder) {
    this.model = model;
    this.flow = new AcPowerFlow(model, org.gridledger.grid.flow.FlowOptions.fast());
    this.check = new ConstraintCheck(limits);
    this.profile = profile;
    this.busesOfFeeder = busesOfFeeder;
  }

  @Override
  public synchronized long headroomW(String feeder, long intervalStart) {
    List<String> buses = busesOfFeeder.apply(feeder).stream().distinct().sorted().toList();
    String key = feeder + "@" + intervalStart + buses;
    Long known = cache.get(key);
    if (known != null) {
      return known;
    }
    long result = compute(buses, profile.permilleAt(intervalStart));
    if (cache.size() > 10_000) {
      cache.clear();
    }
    cache.put(key, result);
    return result;
  }

  /** The flow of the interval's base load with {@code extraW} more at each bus given. */
  public synchronized FlowResult flowWith(long intervalStart, Map<String, Long> extraLoadW) {
    Map<String, Injection> injections = base(profile.permilleAt(intervalStart));
    extraLoadW.forEach((bus, w) -> injections.merge(bus, Injection.load(w, 0), Injection::plus));
    return flow.run(injections);
  }

  private long compute(List<String> buses, int permille) {
    if (buses.isEmpty() || !fits(buses, permille, 0)) {
      return 0;
    }
    long lo = 0;
    long hi = 10_000;
    while (fits(buses, permille, hi)) {
      lo = hi;
      hi *= 2;
      if (hi > CEILING_W) {
        return lo;
      }
    }
    while (hi - lo > RESOLUTION_W) {
      long mid = (lo + hi) / 2;
      if (fits(buses, permille, mid)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private boolean fits(List<String> buses, int permille, long extraW) {
    Map<String, Injection> injections = base(permille);
    double each = (double) extraW / buses.size();
    for (String bus : buses) {
      injections.merge(bus, Injection.load(each, 0), Injection::plus);
    }
    FlowResult result = flow.run(injections);
    return result.converged() && check.check(result).approved();
  }

  private Map<String, Injection> base(int permille) {
    Map<String, Injection> out = new LinkedHashMap<>();
    double f = permille / 1000.0;
    model
        .baseInjections()
        .forEach((bus, inj) -> out.put(bus, new Injection(inj.pW() * f, inj.qVar() * f)));
    return out;
  }
}
