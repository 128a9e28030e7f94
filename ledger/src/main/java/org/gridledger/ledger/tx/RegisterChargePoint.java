package org.gridledger.ledger.tx;

import java.util.List;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.units.Price;

/**
 * The DSO registers a shared charge point: its OCPP identity (also its device id), device key,
 * owner, bus and feeder, maximum power (W), connector, prices (µ/kWh and µ/h), daily availability
 * windows (none: always available), a public location rounded to 0.01° (latitude and longitude in
 * hundredths of a degree) and the SHA-256 of its OCPP authorization key. DSO only.
 */
public record RegisterChargePoint(
    String chargePointId,
    PublicKey key,
    PublicKey owner,
    String bus,
    String feeder,
    long maxPowerW,
    int connector,
    Price pricePerKwh,
    long pricePerHourMicros,
    List<AvailabilityWindow> windows,
    int latCentiDeg,
    int lonCentiDeg,
    Hash authKeyHash)
    implements Payload {
  public static final int MAX_WINDOWS = 16;

  public RegisterChargePoint {
    Text.require(chargePointId, "charge_point_id", 48, false);
    Text.present(key, "key");
    Text.present(owner, "owner");
    Text.require(bus, "bus", 64, false);
    Text.require(feeder, "feeder", 64, false);
    Text.present(pricePerKwh, "price_per_kwh");
    Text.present(windows, "windows");
    Text.present(authKeyHash, "auth_key_hash");
    if (maxPowerW <= 0 || maxPowerW > 1_000_000) {
      throw new IllegalArgumentException("max_power_w must be in (0, 1,000,000]");
    }
    if (connector < 1 || connector > 16) {
      throw new IllegalArgumentException("connector must be 1 to 16");
    }
    if (pricePerKwh.microsPerKwh() < 0 || pricePerKwh.microsPerKwh() > 100_000_000) {
      throw new IllegalArgumentException("price_per_kwh must be 0 to 100,000,000");
    }
    if (pricePerHourMicros < 0 || pricePerHourMicros > 100_000_000) {
      throw new IllegalArgumentException("price_per_hour must be 0 to 100,000,000");
    }
    if (windows.size() > MAX_WINDOWS) {
      throw new IllegalArgumentException("at most " + MAX_WINDOWS + " windows");
    }
    windows = List.copyOf(windows);
    if (Math.abs(latCentiDeg) > 9_000 || Math.abs(lonCentiDeg) > 18_000) {
      throw new IllegalArgumentException("location out of range");
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.REGISTER_CHARGE_POINT;
  }
}
