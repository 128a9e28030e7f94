package org.gridledger.metering.energy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridledger.ledger.tx.MeterEnergy;
import org.gridledger.ledger.units.Energy;
import org.gridledger.metering.registry.Meter;
import org.gridledger.metering.registry.MeterDirectory;
import org.gridledger.metering.store.ReadingStore;
import org.gridledger.metering.store.StoredReading;

/**
 * Interval energy from the anchored register readings: what the market settles on. The energy of
 * [a, b) is R(b) − R(a) for each register, where R(t) is the reading at t, else the linear
 * interpolation between the readings either side of t (integer Wh, rounded down), else the nearest
 * reading held flat. A value interpolated across a gap longer than {@link EnergyPolicy#maxGap()} or
 * held flat is an estimate, and so is the interval's energy. Deterministic for a given store;
 * thread-safe.
 */
public final class IntervalEnergyService {
  private final ReadingStore store;
  private final MeterDirectory meters;
  private final EnergyPolicy policy;

  public IntervalEnergyService(ReadingStore store, MeterDirectory meters, EnergyPolicy policy) {
    this.store = store;
    this.meters = meters;
    this.policy = policy;
  }

  public EnergyPolicy policy() {
    return policy;
  }

  /** The energy of one meter over [start, start + minutes). */
  public IntervalEnergy energy(String meterId, long intervalStartMillis, long intervalMinutes) {
    if (intervalMinutes < 1) {
      throw new IllegalArgumentException("an interval lasts at least one minute");
    }
    long end = intervalStartMillis + intervalMinutes * 60_000;
    RegisterValue a = registerAt(meterId, intervalStartMillis);
    RegisterValue b = registerAt(meterId, end);
    return new IntervalEnergy(
        meterId,
        intervalStartMillis,
        intervalMinutes,
        Energy.wh(Math.max(0, b.importWh() - a.importWh())),
        Energy.wh(Math.max(0, b.exportWh() - a.exportWh())),
        a.quality().worst(b.quality()));
  }

  /** The energy of every registered meter over the interval, in meter id order. */
  public List<IntervalEnergy> energies(long intervalStartMillis, long intervalMinutes) {
    List<IntervalEnergy> out = new ArrayList<>();
    for (Meter m : meters.all()) {
      out.add(energy(m.id(), intervalStartMillis, intervalMinutes));
    }
    return out;
  }

  /** What a {@code settle_interval} transaction carries: every meter, ascending id order. */
  public List<MeterEnergy> settlement(long intervalStartMillis, long intervalMinutes) {
    return energies(intervalStartMillis, intervalMinutes).stream()
        .map(IntervalEnergy::toMeterEnergy)
        .toList();
  }

  /** Whether the interval can be settled at {@code nowMillis}: see {@link SettlementReadiness}. */
  public SettlementReadiness readiness(
      long intervalStartMillis, long intervalMinutes, long nowMillis) {
    long end = intervalStartMillis + intervalMinutes * 60_000;
    List<Meter> all = meters.all();
    List<String> waiting = new ArrayList<>();
    int complete = 0;
    for (Meter m : all) {
      if (store.head(m.id()).filter(h -> h.timestampMillis() >= end).isPresent()) {
        complete++;
      } else {
        waiting.add(m.id());
      }
    }
    boolean deadlinePassed = nowMillis >= end + policy.settlementDeadline().toMillis();
    return new SettlementReadiness(
        intervalStartMillis, intervalMinutes, all.size(), complete, waiting, deadlinePassed);
  }

  RegisterValue registerAt(String meterId, long t) {
    Optional<StoredReading> next = store.ceiling(meterId, t);
    if (next.isPresent() && next.get().timestampMillis() == t) {
      return value(next.get(), Quality.MEASURED);
    }
    Optional<StoredReading> before =
        next.isPresent()
            ? (next.get().previousTimestampMillis() < 0
                ? Optional.empty()
                : store.at(meterId, next.get().previousTimestampMillis()))
            : store.head(meterId).flatMap(h -> store.at(meterId, h.timestampMillis()));
    if (before.isPresent() && next.isPresent()) {
      StoredReading f = before.get();
      StoredReading c = next.get();
      long span = c.timestampMillis() - f.timestampMillis();
      Quality q = span <= policy.maxGap().toMillis() ? Quality.MEASURED : Quality.ESTIMATED;
      long elapsed = t - f.timestampMillis();
      return new RegisterValue(
          f.importWh() + scale(c.importWh() - f.importWh(), elapsed, span),
          f.exportWh() + scale(c.exportWh() - f.exportWh(), elapsed, span),
          q);
    }
    if (before.isPresent()) {
      return value(before.get(), Quality.ESTIMATED);
    }
    return next.map(r -> value(r, Quality.ESTIMATED)).orElse(RegisterValue.MISSING);
  }

  private static RegisterValue value(StoredReading r, Quality quality) {
    return new RegisterValue(r.importWh(), r.exportWh(), quality);
  }

  /** {@code delta * part / whole}, rounded down, exact even where the product overflows. */
  static long scale(long delta, long part, long whole) {
    long high = Math.multiplyHigh(delta, part);
    long low = delta * part;
    if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
      return Math.floorDiv(low, whole);
    }
    return BigInteger.valueOf(delta)
        .multiply(BigInteger.valueOf(part))
        .divide(BigInteger.valueOf(whole))
        .longValueExact();
  }
}
