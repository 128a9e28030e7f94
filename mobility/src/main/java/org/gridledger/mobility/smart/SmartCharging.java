package org.gridledger.mobility.smart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;
import org.gridledger.ledger.tx.ChargeLimit;
import org.gridledger.ledger.tx.FeederCharging;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.mobility.ocpp.ActiveSession;
import org.gridledger.mobility.ocpp.CentralSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each feeder's charging within the DSO's headroom. On every session start or stop and at
 * each tick, per feeder: the headroom of the current interval, the demands of its sessions (each
 * charge point's maximum power), {@link FairShare} of the headroom above {@link #minRateW}; a
 * changed share is sent to the charge point as a TxProfile limit, a limit no longer needed is
 * cleared; every change of a feeder's limits or steering signal is recorded on the ledger as a
 * DSO-signed {@link FeederCharging} with its reason. Thread-safe (serialised).
 */
public final class SmartCharging {
  private static final Logger LOG = LoggerFactory.getLogger(SmartCharging.class);

  /** The documented minimum rate: 6 A on one 230 V phase, IEC 61851's lowest PWM current. */
  public static final long DEFAULT_MIN_RATE_W = 1_380;

  private final CentralSystem central;
  private final HeadroomSource headroom;
  private final Consumer<Payload> record;
  private final ToLongFunction<String> capacityOfFeeder;
  private final long minRateW;
  private final long intervalMillis;
  private final Set<String> dirty = ConcurrentHashMap.newKeySet();
  private final Map<String, String> published = new HashMap<>();

  public SmartCharging(
      CentralSystem central,
      HeadroomSource headroom,
      Consumer<Payload> record,
      ToLongFunction<String> capacityOfFeeder,
      long minRateW,
      long intervalMillis) {
    this.central = central;
    this.headroom = headroom;
    this.record = record;
    this.capacityOfFeeder = capacityOfFeeder;
    this.minRateW = minRateW;
    this.intervalMillis = intervalMillis;
  }

  public long minRateW() {
    return minRateW;
  }

  /** Notes that a session started or stopped on {@code feeder}; the next tick rebalances it. */
  public void changed(String feeder) {
    dirty.add(feeder);
  }

  /** Rebalances every feeder with sessions, with limits in force, or marked changed. */
  public synchronized void tick(long now, Set<String> alsoFeeders) {
    Map<String, List<ActiveSession>> byFeeder = new HashMap<>();
    for (ActiveSession s : central.activeSessions()) {
      byFeeder.computeIfAbsent(s.feeder(), f -> new ArrayList<>()).add(s);
    }
    Set<String> feeders = new TreeSet<>(byFeeder.keySet());
    feeders.addAll(published.keySet());
    feeders.addAll(alsoFeeders);
    for (String f : List.copyOf(dirty)) {
      dirty.remove(f);
      feeders.add(f);
    }
    for (String feeder : feeders) {
      try {
        rebalance(feeder, byFeeder.getOrDefault(feeder, List.of()), now);
      } catch (RuntimeException e) {
        LOG.warn("smart charging of feeder {} failed: {}", feeder, e.getMessage(), e);
      }
    }
  }

  private void rebalance(String feeder, List<ActiveSession> active, long now) {
    List<ActiveSession> sessions = new ArrayList<>(active);
    sessions.sort(
        Comparator.comparingLong(ActiveSession::startMillis)
            .thenComparingInt(ActiveSession::transactionId));
    long interval = Math.floorDiv(now, intervalMillis) * intervalMillis;
    long room = headroom.headroomW(feeder, interval);
    long[] demands = sessions.stream().mapToLong(ActiveSession::maxPowerW).toArray();
    long demand = java.util.Arrays.stream(demands).sum();
    boolean limited = demand > room;
    long[] shares = FairShare.split(room, minRateW, demands);
    List<ChargeLimit> limits = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      ActiveSession s = sessions.get(i);
      if (limited) {
        limits.add(new ChargeLimit(s.chargePointId(), s.transactionId(), shares[i]));
        if (s.limitW() != shares[i]) {
          central.limit(s, shares[i]).exceptionally(e -> warn(s, e));
        }
      } else if (s.limitW() >= 0) {
        central.lift(s).exceptionally(e -> warn(s, e));
      }
    }
    long bonus = Steering.bonusPerKwh(room, demand, capacityOfFeeder.applyAsLong(feeder));
    String state = limits + "/" + bonus + "/" + (limited ? room : -1);
    if (state.equals(published.get(feeder))) {
      return;
    }
    String reason =
        limited
            ? "feeder "
                + feeder
                + ": "
                + sessions.size()
                + " sessions want "
                + demand
                + " W, headroom "
                + room
                + " W in interval "
                + java.time.Instant.ofEpochMilli(interval)
                + ": equal shares above the minimum rate of "
                + minRateW
                + " W"
            : published.containsKey(feeder) && !published.get(feeder).startsWith("[]")
                ? "feeder "
                    + feeder
                    + ": headroom "
                    + room
                    + " W covers "
                    + demand
                    + " W: limits lifted"
                : "feeder " + feeder + ": headroom " + room + " W, demand " + demand + " W";
    published.put(feeder, state);
    record.accept(new FeederCharging(feeder, now, room, minRateW, bonus, limits, reason));
    LOG.info("{} (bonus {} µ/kWh)", reason, bonus);
  }

  private static eu.chargetime.ocpp.model.Confirmation warn(ActiveSession s, Throwable e) {
    LOG.warn(
        "charging profile for {} transaction {} failed: {}",
        s.chargePointId(),
        s.transactionId(),
        e.getMessage());
    return null;
  }
}
