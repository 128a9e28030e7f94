package org.gridledger.metering;

import java.time.Duration;
import org.gridledger.metering.balance.BalancePolicy;
import org.gridledger.metering.balance.FixedFractionLosses;
import org.gridledger.metering.balance.TechnicalLosses;
import org.gridledger.metering.energy.EnergyPolicy;
import org.gridledger.metering.ingest.ValidationPolicy;

/**
 * How the metering of a node runs.
 *
 * @param maxPerBlock the most readings one block anchors
 * @param anchorDelay the longest an accepted reading waits before a block is cut for it
 * @param verifiers threads verifying signatures
 * @param queueCapacity readings an MQTT subscriber may hold before refusing as overloaded
 */
public record MeteringConfig(
    ValidationPolicy validation,
    EnergyPolicy energy,
    BalancePolicy balance,
    TechnicalLosses losses,
    int maxPerBlock,
    Duration anchorDelay,
    int verifiers,
    int queueCapacity) {
  public MeteringConfig {
    if (maxPerBlock < 1 || verifiers < 1 || queueCapacity < 1) {
      throw new IllegalArgumentException("block size, verifiers and queue must be positive");
    }
    if (anchorDelay.isNegative() || anchorDelay.isZero()) {
      throw new IllegalArgumentException("the anchor delay must be positive");
    }
  }

  /** 4 % technical losses, two-minute clock tolerance, 50 ms anchoring, one verifier per core. */
  public static MeteringConfig defaults() {
    return new MeteringConfig(
        ValidationPolicy.defaults(),
        EnergyPolicy.defaults(),
        BalancePolicy.defaults(),
        FixedFractionLosses.of(40_000),
        50_000,
        Duration.ofMillis(50),
        Runtime.getRuntime().availableProcessors(),
        200_000);
  }
}
