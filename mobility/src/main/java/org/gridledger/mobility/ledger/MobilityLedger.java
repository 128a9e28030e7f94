package org.gridledger.mobility.ledger;

import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.tx.PayloadType;

/**
 * EV charging on the ledger: charge points, pseudonyms, bookings with escrowed deposits,
 * cancellations and no-shows, sessions recorded by the DSO's central system and settled on their
 * metered energy, and the DSO's feeder states with every charging limit and its reason. Rules are
 * deterministic: time is the block's.
 */
public final class MobilityLedger {
  private MobilityLedger() {}

  public static RuleBook install(RuleBook book) {
    return book.with(PayloadType.REGISTER_CHARGE_POINT, RegistryRules::register)
        .with(PayloadType.ROTATE_PSEUDONYM, RegistryRules::rotate)
        .with(PayloadType.FEEDER_CHARGING, RegistryRules::feeder)
        .with(PayloadType.BOOK_CHARGING, BookingRules::book)
        .with(PayloadType.CANCEL_BOOKING, BookingRules::cancel)
        .with(PayloadType.CLOSE_BOOKING, BookingRules::close)
        .with(PayloadType.START_CHARGING, SessionRules::start)
        .with(PayloadType.SETTLE_CHARGING, SessionRules::settle);
  }
}
