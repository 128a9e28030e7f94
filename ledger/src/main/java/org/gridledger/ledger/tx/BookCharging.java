package org.gridledger.ledger.tx;

import org.gridledger.ledger.units.Energy;

/**
 * A driver books a charge point for {@code [start, end)} (epoch milliseconds, whole quarter hours,
 * at most 12 h) under one of its pseudonyms, for about {@code energy}; the deposit is held in
 * escrow. Its id is the transaction's hash.
 */
public record BookCharging(
    String chargePointId, String pseudonym, long start, long end, Energy energy)
    implements Payload {
  public static final long SLOT_MILLIS = 15 * 60_000L;
  public static final long MAX_MILLIS = 12 * 3_600_000L;

  public BookCharging {
    Text.require(chargePointId, "charge_point_id", 48, false);
    RotatePseudonym.check(pseudonym, "pseudonym", false);
    Text.present(energy, "energy");
    if (start % SLOT_MILLIS != 0 || end % SLOT_MILLIS != 0 || end <= start) {
      throw new IllegalArgumentException("a booking is whole quarter hours with start < end");
    }
    if (end - start > MAX_MILLIS) {
      throw new IllegalArgumentException("a booking lasts at most 12 hours");
    }
    if (energy.wh() <= 0 || energy.wh() > 1_000_000) {
      throw new IllegalArgumentException("energy_wh must be in (0, 1,000,000]");
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.BOOK_CHARGING;
  }
}
