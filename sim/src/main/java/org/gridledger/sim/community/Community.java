package org.gridledger.sim.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridledger.grid.model.GridModel;
import org.gridledger.sim.scenario.DrEvent;
import org.gridledger.sim.scenario.Scenario;

/**
 * A generated community and its physical profiles over the whole run, in Wh per household and
 * interval: consumption before demand response, the demand-response cut, PV, and EV charging both
 * uncontrolled and price-steered. Everything is drawn from the scenario's seed, one independent
 * stream per purpose, so the same scenario and seed give the same community.
 */
public record Community(
    Scenario scenario,
    GridModel model,
    List<Household> households,
    long[][] baseLoad,
    long[][] drCut,
    long[][] pv,
    long[][] evUncontrolled,
    long[][] evSteered,
    long evUnservedWh) {

  /** Draws the community of {@code scenario} on {@code model}; {@code source} names the file. */
  public static Community generate(Scenario scenario, GridModel model, String source) {
    SplittableRandom root = new SplittableRandom(scenario.seed());
    SplittableRandom traits = root.split();
    SplittableRandom weather = root.split();
    SplittableRandom loads = root.split();
    SplittableRandom cars = root.split();
    List<Placement.Spot> spots = Placement.of(scenario.households(), model, source);
    List<Household> households = new ArrayList<>();
    for (int i = 0; i < spots.size(); i++) {
      households.add(household(scenario, i, spots.get(i), traits));
    }
    int n = households.size();
    int intervals = scenario.intervals();
    int minutes = scenario.intervalMinutes();
    long[][] base = new long[n][intervals];
    long[][] pv = new long[n][intervals];
    long[][] dr = new long[n][intervals];
    SolarModel sun = new SolarModel(scenario.pv().latitude(), scenario.pv().longitude());
    double[] perKwp = new double[intervals];
    int perDay = 1440 / minutes;
    double cloud = 0;
    for (int k = 0; k < intervals; k++) {
      if (k % perDay == 0) {
        cloud = SolarModel.dailyCloudCover(scenario.pv().cloudiness(), weather);
      }
      perKwp[k] = sun.whPerKwp(at(scenario, k), minutes, cloud, weather);
    }
    for (Household h : households) {
      SplittableRandom own = loads.split();
      LoadProfile profile = new LoadProfile(h.annualKwh(), own);
      for (int k = 0; k < intervals; k++) {
        base[h.index()][k] = Math.round(profile.wh(at(scenario, k), minutes, own));
        pv[h.index()][k] = Math.round(perKwp[k] * h.pvKwp());
      }
    }
    for (DrEvent e : scenario.demandResponse()) {
      int from = (e.day() - 1) * perDay + e.fromMinute() / minutes;
      int to = (e.day() - 1) * perDay + (e.toMinute() + minutes - 1) / minutes;
      for (Household h : households) {
        for (int k = from; k < Math.min(to, intervals); k++) {
          if (h.demandResponse()) {
            dr[h.index()][k] = Math.round(base[h.index()][k] * e.reduction());
          }
        }
      }
    }
    List<EvSession> sessions =
        EvCharging.sessions(households, scenario.evs(), scenario.days(), minutes, intervals, cars);
    long maxWh = Math.round(scenario.evs().chargeKw() * 1000 * minutes / 60.0);
    long[][] uncontrolled = new long[n][intervals];
    long[][] steered = new long[n][intervals];
    long unservedFree = EvCharging.uncontrolled(sessions, maxWh, uncontrolled);
    double[] net = new double[intervals];
    for (int k = 0; k < intervals; k++) {
      for (int h = 0; h < n; h++) {
        net[k] += base[h][k] - dr[h][k] - pv[h][k];
      }
    }
    long unservedSteered = EvCharging.steered(sessions, maxWh, net, steered);
    boolean steer = scenario.evs().steered();
    return new Community(
        scenario,
        model,
        List.copyOf(households),
        base,
        dr,
        pv,
        uncontrolled,
        steered,
        steer ? unservedSteered : unservedFree);
  }

  private static Household household(
      Scenario s, int i, Placement.Spot spot, SplittableRandom random) {
    double annual =
        Math.max(
            0.3 * s.households().annualKwh(),
            s.households().annualKwh() * (1 + s.households().spread() * random.nextGaussian()));
    boolean hasPv = random.nextDouble() < s.pv().share();
    double kwp =
        hasPv ? s.pv().kwpMin() + (s.pv().kwpMax() - s.pv().kwpMin()) * random.nextDouble() : 0;
    kwp = Math.round(kwp * 10) / 10.0;
    boolean battery = hasPv && random.nextDouble() < s.batteries().share();
    boolean ev = random.nextDouble() < s.evs().share();
    double drShare = s.demandResponse().isEmpty() ? 0 : s.demandResponse().getFirst().share();
    boolean dr = random.nextDouble() < drShare;
    return new Household(
        i,
        String.format("Household %04d", i + 1),
        spot.bus(),
        spot.meterId(),
        ev ? spot.chargePointId() : null,
        annual,
        kwp,
        battery ? Math.round(s.batteries().capacityKwh() * 1000) : 0,
        battery ? Math.round(s.batteries().powerKw() * 1000) : 0,
        ev,
        dr);
  }

  /** The start of interval {@code k}. */
  public static Instant at(Scenario s, int k) {
    return s.startInstant().plusMillis(k * s.intervalMillis());
  }

  /** EV charging of household {@code h} in interval {@code k} as the scenario steers it. */
  public long ev(int h, int k) {
    return scenario.evs().steered() ? evSteered[h][k] : evUncontrolled[h][k];
  }

  /** Consumption of household {@code h} in interval {@code k} after demand response, with EV. */
  public long load(int h, int k) {
    return baseLoad[h][k] - drCut[h][k] + ev(h, k);
  }
}
