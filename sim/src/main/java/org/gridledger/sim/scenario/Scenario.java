package org.gridledger.sim.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A community and what it lives through: the feeder, households with their PV, batteries and EVs,
 * the tariff and market rules, demand-response events, how many days from which date (UTC) and the
 * interval length. Read by {@link ScenarioReader}; every value validated there with the file and
 * key, and again in the records' constructors.
 */
public record Scenario(
    String name,
    LocalDate start,
    int days,
    int intervalMinutes,
    long seed,
    FeederSpec feeder,
    HouseholdSpec households,
    PvSpec pv,
    BatterySpec batteries,
    EvSpec evs,
    MarketSpec market,
    List<DrEvent> demandResponse) {

  public Scenario {
    if (days < 1 || intervalMinutes < 1 || 1440 % intervalMinutes != 0) {
      throw new IllegalArgumentException("days >= 1 and an interval that divides a day");
    }
    demandResponse = List.copyOf(demandResponse);
  }

  /** The number of delivery intervals simulated. */
  public int intervals() {
    return days * (1440 / intervalMinutes);
  }

  public long intervalMillis() {
    return intervalMinutes * 60_000L;
  }

  public Instant startInstant() {
    return start.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public Scenario withSeed(long newSeed) {
    return new Scenario(
        name,
        start,
        days,
        intervalMinutes,
        newSeed,
        feeder,
        households,
        pv,
        batteries,
        evs,
        market,
        demandResponse);
  }

  public Scenario withDays(int newDays) {
    return new Scenario(
        name,
        start,
        newDays,
        intervalMinutes,
        seed,
        feeder,
        households,
        pv,
        batteries,
        evs,
        market,
        demandResponse);
  }
}
