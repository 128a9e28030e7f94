package org.gridledger.ledger.tx;

/** The charging limit the DSO set on one session: watts, 0 pauses it. */
public record ChargeLimit(String chargePointId, int transactionId, long limitW) {
  public ChargeLimit {
    Text.require(chargePointId, "charge_point_id", 48, false);
    if (limitW < 0) {
      throw new IllegalArgumentException("limit_w must not be negative");
    }
  }
}
