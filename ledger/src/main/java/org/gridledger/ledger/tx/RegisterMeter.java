package org.gridledger.ledger.tx;

import org.gridledger.ledger.crypto.PublicKey;

/**
 * The DSO registers a smart meter: its id, the key it signs readings with, its owner (a registered
 * participant), the bus of the grid model it connects to, its kind and the feeder it belongs to
 * (for the energy balance and the public per-feeder aggregates). DSO only. The meter is also a
 * device of type {@link DeviceType#METER} in the registry.
 */
public record RegisterMeter(
    String meterId, PublicKey key, PublicKey owner, String bus, MeterKind kind, String feeder)
    implements Payload {
  public RegisterMeter {
    Text.require(meterId, "meter_id", 64, false);
    if (meterId.indexOf('/') >= 0 || meterId.indexOf('+') >= 0 || meterId.indexOf('#') >= 0) {
      throw new IllegalArgumentException("meter_id must not contain '/', '+' or '#' (MQTT topics)");
    }
    Text.present(key, "key");
    Text.present(owner, "owner");
    Text.require(bus, "bus", 64, false);
    Text.present(kind, "kind");
    Text.require(feeder, "feeder", 64, false);
  }

  @Override
  public PayloadType type() {
    return PayloadType.REGISTER_METER;
  }
}
