package org.gridledger.metering.ingest;

import java.time.Duration;

/**
 * How readings are judged.
 *
 * @param futureTolerance how far after the node's clock a reading's timestamp may lie (meter clocks
 *     drift)
 */
public record ValidationPolicy(Duration futureTolerance) {
  public ValidationPolicy {
    if (futureTolerance == null || futureTolerance.isNegative()) {
      throw new IllegalArgumentException("the future tolerance must not be negative");
    }
  }

  public static ValidationPolicy defaults() {
    return new ValidationPolicy(Duration.ofMinutes(2));
  }
}
