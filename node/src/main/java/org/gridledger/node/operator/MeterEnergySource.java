package org.gridledger.node.operator;

import java.util.List;
import java.util.Map;
import org.gridledger.ledger.tx.MeterEnergy;

/** What the metering side tells the settlement: each meter's energy over an interval. */
public interface MeterEnergySource {
  /** A source with no meters: intervals settle their trades only. */
  MeterEnergySource NONE =
      new MeterEnergySource() {
        @Override
        public boolean ready(long intervalStart, long intervalMillis, long now) {
          return true;
        }

        @Override
        public List<MeterEnergy> energies(long intervalStart, long intervalMillis) {
          return List.of();
        }

        @Override
        public Map<String, Long> netInjectionByBus(long intervalStart, long intervalMillis) {
          return null;
        }
      };

  /** Whether the interval can be settled: every reading in, or the deadline for them passed. */
  boolean ready(long intervalStart, long intervalMillis, long now);

  /** Every registered meter's import and export over the interval, in ascending meter id. */
  List<MeterEnergy> energies(long intervalStart, long intervalMillis);

  /**
   * The mean net injection (W, generation positive) of each bus over the interval, as the base the
   * grid check adds trades to; null to use the network model's base case.
   */
  Map<String, Long> netInjectionByBus(long intervalStart, long intervalMillis);
}
