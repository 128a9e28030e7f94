package org.gridledger.ledger.tx;

import java.util.Optional;
import org.gridledger.ledger.crypto.PublicKey;

/**
 * Enrols a connection-point meter in the DSO's demand-response programme: the flexibility its owner
 * can offer (W, the most any one commitment may promise) and, optionally, the aggregator that may
 * opt in for the owner. A later enrolment of the same meter replaces the earlier one. DSO only.
 */
public record RegisterFlexResource(String meterId, long capacityW, Optional<PublicKey> aggregator)
    implements Payload {
  public static final long MAX_CAPACITY_W = 100_000_000L;

  public RegisterFlexResource {
    Text.require(meterId, "meter_id", 128, false);
    if (capacityW <= 0 || capacityW > MAX_CAPACITY_W) {
      throw new IllegalArgumentException(
          "capacity_w must be in (0, " + MAX_CAPACITY_W + "], got " + capacityW);
    }
    aggregator = Text.present(aggregator, "aggregator");
  }

  @Override
  public PayloadType type() {
    return PayloadType.REGISTER_FLEX_RESOURCE;
  }
}
