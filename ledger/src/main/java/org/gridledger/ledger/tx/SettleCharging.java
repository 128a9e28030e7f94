package org.gridledger.ledger.tx;

import org.gridledger.ledger.units.Price;

/**
 * The central system records the stop of an OCPP transaction and settles it on the metered energy
 * ({@code meterStopWh} minus the start register): the owner is paid, the driver charged, the DSO's
 * network fee ({@code networkFee}, by electrical distance from the substation) booked, a receipt
 * written. DSO only.
 */
public record SettleCharging(
    String chargePointId,
    int transactionId,
    long stopMillis,
    long meterStopWh,
    Price networkFee,
    String reason)
    implements Payload {
  public static final long MAX_FEE = 1_000_000;

  public SettleCharging {
    Text.require(chargePointId, "charge_point_id", 48, false);
    Text.present(networkFee, "network_fee");
    Text.require(reason, "reason", 64, true);
    if (networkFee.microsPerKwh() < 0 || networkFee.microsPerKwh() > MAX_FEE) {
      throw new IllegalArgumentException("network_fee_per_kwh must be 0 to " + MAX_FEE);
    }
    if (meterStopWh < 0) {
      throw new IllegalArgumentException("meter_stop_wh must not be negative");
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.SETTLE_CHARGING;
  }
}
