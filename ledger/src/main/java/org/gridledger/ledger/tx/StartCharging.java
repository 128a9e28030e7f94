package org.gridledger.ledger.tx;

/**
 * The central system records the start of an OCPP transaction: charge point, transaction id, the
 * idTag (a driver's pseudonym), the charge point's start time (epoch ms) and meter register (Wh).
 * DSO only.
 */
public record StartCharging(
    String chargePointId, int transactionId, String idTag, long startMillis, long meterStartWh)
    implements Payload {
  public StartCharging {
    Text.require(chargePointId, "charge_point_id", 48, false);
    RotatePseudonym.check(idTag, "id_tag", false);
    if (transactionId <= 0) {
      throw new IllegalArgumentException("transaction_id must be positive");
    }
    if (meterStartWh < 0) {
      throw new IllegalArgumentException("meter_start_wh must not be negative");
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.START_CHARGING;
  }
}
