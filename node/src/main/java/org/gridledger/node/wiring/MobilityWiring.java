package org.gridledger.node.wiring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.service.GridService;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.pool.Admission;
import org.gridledger.ledger.pool.TxStatus;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.CloseBooking;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.mobility.ledger.BookingPolicy;
import org.gridledger.mobility.ledger.BookingRecord;
import org.gridledger.mobility.ledger.ChargePointRecord;
import org.gridledger.mobility.ledger.MobilityState;
import org.gridledger.mobility.ocpp.CentralSystem;
import org.gridledger.mobility.ocpp.ChargingBackend;
import org.gridledger.mobility.smart.GridHeadroom;
import org.gridledger.mobility.smart.LoadProfile;
import org.gridledger.mobility.smart.SmartCharging;
import org.gridledger.node.operator.DsoSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * EV charging on the DSO's node: the OCPP 1.6J central system (sessions recorded and settled on the
 * ledger, network fee by electrical distance from the substation), smart charging within each
 * feeder's headroom from AC power flows of the network model, and the closing of no-show bookings,
 * ticking every second.
 */
public final class MobilityWiring implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MobilityWiring.class);

  /** The OCPP port when none is configured: 0 picks a free one (see the node's log). */
  public static final String PORT_PROPERTY = "gridledger.ocpp.port";

  private final CentralSystem central;
  private final SmartCharging smart;
  private final GridHeadroom headroom;
  private final ChainStore store;
  private final DsoSigner signer;
  private final ScheduledExecutorService ticker;
  private final Set<String> closing = new java.util.HashSet<>();
  private volatile Set<String> feeders = Set.of();
  private volatile long feedersAt;

  private MobilityWiring(
      CentralSystem central,
      SmartCharging smart,
      GridHeadroom headroom,
      ChainStore store,
      DsoSigner signer,
      ScheduledExecutorService ticker) {
    this.central = central;
    this.smart = smart;
    this.headroom = headroom;
    this.store = store;
    this.signer = signer;
    this.ticker = ticker;
  }

  /** Starts the central system if {@code authority} is the chain's DSO; empty otherwise. */
  public static Optional<MobilityWiring> start(
      String host,
      int port,
      LedgerWiring.Ledger ledger,
      KeyPair authority,
      GridService grid,
      Clock clock) {
    if (!ledger.chain().genesis().dso().key().equals(authority.publicKey())) {
      return Optional.empty();
    }
    ChainStore store = ledger.store();
    DsoSigner signer = new DsoSigner(authority, ledger.chain().genesis().chainId(), ledger.pool());
    var model = grid.model();
    ChargingBackend backend =
        new ChargingBackend(store, p -> submit(signer, p), cp -> fee(grid, model.sourceBus(), cp));
    SmartCharging[] smartHolder = new SmartCharging[1];
    CentralSystem central =
        new CentralSystem(
            backend,
            clock,
            feeder -> {
              if (smartHolder[0] != null) {
                smartHolder[0].changed(feeder);
              }
            });
    GridHeadroom headroom =
        new GridHeadroom(
            model, Limits.en50160(), LoadProfile.residential(), f -> busesOf(store, f, model));
    SmartCharging smart =
        new SmartCharging(
            central,
            headroom,
            p -> submit(signer, p),
            f -> capacityOf(store, f),
            SmartCharging.DEFAULT_MIN_RATE_W,
            15 * 60_000L);
    smartHolder[0] = smart;
    central.start(host, port);
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("ev-operator").unstarted(r));
    MobilityWiring wiring = new MobilityWiring(central, smart, headroom, store, signer, ticker);
    ticker.scheduleWithFixedDelay(() -> wiring.tickSafely(clock), 1, 1, TimeUnit.SECONDS);
    return Optional.of(wiring);
  }

  private static long fee(GridService grid, String source, ChargePointRecord cp) {
    try {
      return grid.networkFeeMicroPerKwh(source, cp.bus());
    } catch (RuntimeException e) {
      return 10_000;
    }
  }

  private static List<String> busesOf(
      ChainStore store, String feeder, org.gridledger.grid.model.GridModel model) {
    List<String> buses = new ArrayList<>();
    Set<String> known = new java.util.HashSet<>();
    model.buses().forEach(b -> known.add(b.id()));
    forEachChargePoint(
        store,
        cp -> {
          if (cp.feeder().equals(feeder) && known.contains(cp.bus())) {
            buses.add(cp.bus());
          }
        });
    return buses;
  }

  private static long capacityOf(ChainStore store, String feeder) {
    long[] sum = {0};
    forEachChargePoint(
        store,
        cp -> {
          if (cp.feeder().equals(feeder)) {
            sum[0] += cp.maxPowerW();
          }
        });
    return sum[0];
  }

  static void forEachChargePoint(
      ChainStore store, java.util.function.Consumer<ChargePointRecord> action) {
    store.forEachInNamespace(
        MobilityState.CHARGE_POINTS, (k, v) -> action.accept(ChargePointRecord.decode(v)));
  }

  private static void submit(DsoSigner signer, Payload payload) {
    Admission admission = signer.submit(payload);
    if (admission.outcome() instanceof Refusal r) {
      LOG.warn("{} refused: {}", payload.type().jsonName(), r.message());
      return;
    }
    admission
        .settled()
        .thenAccept(
            status -> {
              if (status instanceof TxStatus.Rejected rejected) {
                LOG.warn(
                    "{} rejected: {}", payload.type().jsonName(), rejected.refusal().message());
              }
            });
  }

  private void tickSafely(Clock clock) {
    try {
      tick(clock.millis(), false);
    } catch (RuntimeException e) {
      LOG.warn("EV operator tick failed: {}", e.getMessage(), e);
    }
  }

  /**
   * Rescans the charge points and bookings, closes no-show bookings and rebalances the feeders at
   * {@code now}; simulations and tests tick by hand.
   */
  public void tick(long now) {
    tick(now, true);
  }

  private synchronized void tick(long now, boolean rescan) {
    if (rescan || now - feedersAt > 30_000 || now < feedersAt) {
      Set<String> found = new TreeSet<>();
      forEachChargePoint(store, cp -> found.add(cp.feeder()));
      feeders = found;
      feedersAt = now;
      closeNoShows(now);
    }
    smart.tick(now, feeders);
  }

  private void closeNoShows(long now) {
    Map<String, BookingRecord> due = new HashMap<>();
    store.forEachInNamespace(
        "evbk",
        (k, v) -> {
          BookingRecord b = BookingRecord.decode(v);
          if (b.status() == BookingRecord.Status.BOOKED
              && now >= b.start() + BookingPolicy.GRACE_MILLIS) {
            due.put(b.id().toHex(), b);
          }
        });
    due.forEach(
        (id, b) -> {
          if (closing.add(id)) {
            submit(signer, new CloseBooking(b.id()));
          }
        });
  }

  public CentralSystem central() {
    return central;
  }

  public SmartCharging smartCharging() {
    return smart;
  }

  public GridHeadroom headroom() {
    return headroom;
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    central.close();
  }
}
