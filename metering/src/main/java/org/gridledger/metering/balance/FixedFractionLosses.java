package org.gridledger.metering.balance;

import java.util.Map;
import org.gridledger.ledger.units.Energy;

/**
 * Technical losses as a fixed fraction of the energy through a feeder's head, in parts per million
 * (40,000 ppm = 4 %, typical of LV feeders), per feeder or by default. Integer arithmetic, rounded
 * down.
 */
public record FixedFractionLosses(long defaultPpm, Map<String, Long> perFeederPpm)
    implements TechnicalLosses {
  public FixedFractionLosses {
    perFeederPpm = Map.copyOf(perFeederPpm);
    if (defaultPpm < 0 || defaultPpm > 1_000_000) {
      throw new IllegalArgumentException("a loss fraction lies between 0 and 1,000,000 ppm");
    }
    for (long ppm : perFeederPpm.values()) {
      if (ppm < 0 || ppm > 1_000_000) {
        throw new IllegalArgumentException("a loss fraction lies between 0 and 1,000,000 ppm");
      }
    }
  }

  public static FixedFractionLosses of(long ppm) {
    return new FixedFractionLosses(ppm, Map.of());
  }

  @Override
  public Energy expected(String feeder, Energy headImport, Energy headExport, long minutes) {
    long ppm = perFeederPpm.getOrDefault(feeder, defaultPpm);
    long through = Math.addExact(headImport.wh(), headExport.wh());
    return Energy.wh(Math.multiplyExact(through, ppm) / 1_000_000);
  }
}
