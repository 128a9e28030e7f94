package org.gridledger.ledger.tx;

import org.gridledger.ledger.crypto.PublicKey;

/**
 * The DSO registers a device (meter or charge point) with its own signing key, its owner (a
 * registered participant) and the bus of the grid model it connects to. DSO only.
 */
public record RegisterDevice(
    String deviceId, PublicKey key, DeviceType deviceType, PublicKey owner, String bus)
    implements Payload {
  public RegisterDevice {
    Text.require(deviceId, "device_id", 64, false);
    Text.present(key, "key");
    Text.present(deviceType, "device_type");
    Text.present(owner, "owner");
    Text.require(bus, "bus", 64, false);
  }

  @Override
  public PayloadType type() {
    return PayloadType.REGISTER_DEVICE;
  }
}
