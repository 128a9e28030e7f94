package org.gridledger.metering.balance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridledger.metering.energy.IntervalEnergy;
import org.gridledger.metering.energy.IntervalEnergyService;
import org.gridledger.metering.registry.Meter;

/**
 * Flags household meters whose import fell suddenly: below {@link BalancePolicy#dropPercent()} of
 * their mean over the preceding intervals, while the median of their peers kept at least twice that
 * share (a drop shared by the whole feeder is weather or a holiday, not a bypass).
 */
final class DropDetector {
  private final IntervalEnergyService energy;
  private final BalancePolicy policy;

  DropDetector(IntervalEnergyService energy, BalancePolicy policy) {
    this.energy = energy;
    this.policy = policy;
  }

  List<MeterAnomaly> anomalies(
      List<Meter> households, List<IntervalEnergy> current, long startMillis, long minutes) {
    int n = households.size();
    long[] baseline = new long[n];
    int[] percent = new int[n];
    for (int i = 0; i < n; i++) {
      baseline[i] = mean(households.get(i).id(), startMillis, minutes);
      long actual = current.get(i).imported().wh();
      percent[i] =
          baseline[i] < policy.minBaselineWh()
              ? -1
              : (int) Math.min(1000, actual * 100 / baseline[i]);
    }
    List<MeterAnomaly> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (percent[i] < 0 || percent[i] >= policy.dropPercent()) {
        continue;
      }
      int peers = peerMedian(percent, i);
      if (peers < 0 || peers >= 2 * policy.dropPercent()) {
        out.add(
            new MeterAnomaly(
                households.get(i).id(), current.get(i).imported().wh(), baseline[i], peers));
      }
    }
    return out;
  }

  private long mean(String meterId, long startMillis, long minutes) {
    long step = minutes * 60_000;
    long sum = 0;
    for (int k = 1; k <= policy.historyIntervals(); k++) {
      sum += energy.energy(meterId, startMillis - k * step, minutes).imported().wh();
    }
    return sum / policy.historyIntervals();
  }

  private static int peerMedian(int[] percent, int self) {
    int[] peers =
        java.util.stream.IntStream.range(0, percent.length)
            .filter(j -> j != self && percent[j] >= 0)
            .map(j -> percent[j])
            .toArray();
    if (peers.length == 0) {
      return -1;
    }
    Arrays.sort(peers);
    return peers[peers.length / 2];
  }
}
