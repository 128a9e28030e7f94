package org.gridledger.metering.balance;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.units.Energy;
import org.gridledger.metering.energy.IntervalEnergy;
import org.gridledger.metering.energy.IntervalEnergyService;
import org.gridledger.metering.registry.Meter;
import org.gridledger.metering.registry.MeterDirectory;

/**
 * The DSO's energy balance: per feeder and interval, the head meters (feeder head, transformer)
 * against the household meters plus the expected technical losses, and per household meter a
 * sudden-drop check against its own history and its peers. PV and EV sub-meters sit behind
 * household meters and are left out, so nothing is counted twice. Thread-safe.
 */
public final class EnergyBalanceService {
  private final IntervalEnergyService energy;
  private final MeterDirectory meters;
  private final TechnicalLosses losses;
  private final BalancePolicy policy;

  public EnergyBalanceService(
      IntervalEnergyService energy,
      MeterDirectory meters,
      TechnicalLosses losses,
      BalancePolicy policy) {
    this.energy = energy;
    this.meters = meters;
    this.losses = losses;
    this.policy = policy;
  }

  /** The feeders with at least one registered meter, in name order. */
  public List<String> feeders() {
    TreeSet<String> names = new TreeSet<>();
    meters.all().forEach(m -> names.add(m.feeder()));
    return List.copyOf(names);
  }

  public FeederBalance balance(String feeder, long startMillis, long minutes) {
    long headIn = 0;
    long headOut = 0;
    long downIn = 0;
    long downOut = 0;
    int heads = 0;
    boolean estimated = false;
    List<Meter> households = new ArrayList<>();
    List<IntervalEnergy> householdEnergy = new ArrayList<>();
    for (Meter m : meters.ofFeeder(feeder)) {
      if (m.kind() == MeterKind.PV || m.kind() == MeterKind.EV) {
        continue;
      }
      IntervalEnergy e = energy.energy(m.id(), startMillis, minutes);
      estimated |= e.estimated();
      if (m.kind().isHead()) {
        heads++;
        headIn += e.imported().wh();
        headOut += e.exported().wh();
      } else {
        households.add(m);
        householdEnergy.add(e);
        downIn += e.imported().wh();
        downOut += e.exported().wh();
      }
    }
    long loss = losses.expected(feeder, Energy.wh(headIn), Energy.wh(headOut), minutes).wh();
    long unaccounted = (headIn - headOut) - (downIn - downOut) - loss;
    long threshold =
        Math.max(policy.alertFloorWh(), (headIn + headOut) * policy.alertPpm() / 1_000_000);
    BalanceStatus status;
    if (heads == 0 || headIn + headOut == 0 && downIn + downOut == 0) {
      status = BalanceStatus.INCOMPLETE;
    } else if (unaccounted > threshold) {
      status = BalanceStatus.NON_TECHNICAL_LOSS;
    } else if (unaccounted < -threshold) {
      status = BalanceStatus.METER_SURPLUS;
    } else {
      status = BalanceStatus.BALANCED;
    }
    List<MeterAnomaly> anomalies =
        new DropDetector(energy, policy)
            .anomalies(households, householdEnergy, startMillis, minutes);
    return new FeederBalance(
        feeder,
        startMillis,
        minutes,
        heads,
        households.size(),
        headIn,
        headOut,
        downIn,
        downOut,
        loss,
        unaccounted,
        threshold,
        status,
        estimated,
        anomalies);
  }

  /**
   * The balances that need the DSO's attention over [from, to), interval by interval, every feeder.
   *
   * @throws IllegalArgumentException if the range holds more than 96 intervals
   */
  public List<FeederBalance> alerts(long fromMillis, long toMillis, long minutes) {
    long step = minutes * 60_000;
    if (minutes < 1 || toMillis <= fromMillis || (toMillis - fromMillis) / step > 96) {
      throw new IllegalArgumentException("ask for 1 to 96 intervals of at least one minute");
    }
    List<FeederBalance> out = new ArrayList<>();
    for (String feeder : feeders()) {
      for (long t = fromMillis; t < toMillis; t += step) {
        FeederBalance b = balance(feeder, t, minutes);
        if (b.needsAttention()) {
          out.add(b);
        }
      }
    }
    return out;
  }
}
