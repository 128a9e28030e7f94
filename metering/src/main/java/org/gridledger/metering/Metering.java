package org.gridledger.metering;

import java.time.Clock;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.metering.anchor.ReadingAnchors;
import org.gridledger.metering.anchor.ReadingProofs;
import org.gridledger.metering.balance.EnergyBalanceService;
import org.gridledger.metering.energy.IntervalEnergyService;
import org.gridledger.metering.ingest.IngestListener;
import org.gridledger.metering.ingest.ReadingIngestor;
import org.gridledger.metering.registry.MeterDirectory;
import org.gridledger.metering.store.ReadingStore;
import org.gridledger.metering.store.RefusedLog;

/**
 * The metering of one node over its chain store (opened with {@link
 * org.gridledger.metering.store.MeteringFamilies#ALL}): ingest, anchoring, proofs, interval energy
 * and the energy balance. Set {@link #anchors()} as the chain's anchor source.
 */
public final class Metering implements AutoCloseable {
  private final MeteringConfig config;
  private final MeterDirectory meters;
  private final ReadingStore readings;
  private final ReadingAnchors anchors;
  private final RefusedLog refused;
  private final ReadingIngestor ingestor;
  private final ReadingProofs proofs;
  private final IntervalEnergyService energy;
  private final EnergyBalanceService balance;

  public Metering(ChainStore store, Clock clock, MeteringConfig config, IngestListener listener) {
    this.config = config;
    this.meters = new MeterDirectory(store);
    this.readings = new ReadingStore(store);
    this.anchors = new ReadingAnchors(config.maxPerBlock(), listener);
    this.refused = new RefusedLog(store);
    this.ingestor =
        new ReadingIngestor(
            meters,
            readings,
            anchors,
            refused,
            listener,
            clock,
            config.validation(),
            config.verifiers());
    this.proofs = new ReadingProofs(readings);
    this.energy = new IntervalEnergyService(readings, meters, config.energy());
    this.balance = new EnergyBalanceService(energy, meters, config.losses(), config.balance());
  }

  public MeteringConfig config() {
    return config;
  }

  public MeterDirectory meters() {
    return meters;
  }

  public ReadingStore readings() {
    return readings;
  }

  public ReadingAnchors anchors() {
    return anchors;
  }

  public RefusedLog refused() {
    return refused;
  }

  public ReadingIngestor ingestor() {
    return ingestor;
  }

  public ReadingProofs proofs() {
    return proofs;
  }

  /** Interval energy: what the market settles on. */
  public IntervalEnergyService energy() {
    return energy;
  }

  public EnergyBalanceService balance() {
    return balance;
  }

  @Override
  public void close() {
    ingestor.close();
  }
}
