package org.gridledger.mobility.ledger;

import java.util.Optional;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.tx.BookCharging;
import org.gridledger.ledger.tx.CancelBooking;
import org.gridledger.ledger.tx.CloseBooking;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.units.Money;

/** Booking, cancelling and closing (no-show) slots of a charge point, with the deposit's escrow. */
final class BookingRules {
  private BookingRules() {}

  static Outcome book(BookCharging b, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.EV_DRIVER);
    if (!role.isApplied()) {
      return role;
    }
    Optional<ChargePointRecord> cp = MobilityState.chargePoint(ctx.state(), b.chargePointId());
    if (cp.isEmpty()) {
      return Refusal.of(Reason.UNKNOWN_DEVICE, "no charge point " + b.chargePointId());
    }
    Outcome own = ownPseudonym(ctx, b.pseudonym(), true);
    if (!own.isApplied()) {
      return own;
    }
    long now = ctx.timeMillis();
    if (b.start() < Math.floorDiv(now, BookCharging.SLOT_MILLIS) * BookCharging.SLOT_MILLIS) {
      return Refusal.of(Reason.OUT_OF_WINDOW, "the booking starts in the past");
    }
    if (!cp.get().availableOver(b.start(), b.end())) {
      return Refusal.of(
          Reason.UNAVAILABLE,
          "charge point " + b.chargePointId() + " is not available over the whole booking");
    }
    for (long t = b.start(); t < b.end(); t += BookCharging.SLOT_MILLIS) {
      if (MobilityState.slot(ctx.state(), b.chargePointId(), t / BookCharging.SLOT_MILLIS)
          .isPresent()) {
        return Refusal.of(
            Reason.UNAVAILABLE,
            "charge point "
                + b.chargePointId()
                + " is already booked at "
                + java.time.Instant.ofEpochMilli(t));
      }
    }
    var id = ctx.tx().hash();
    long deposit = BookingPolicy.deposit(b.energy().wh(), b.end() - b.start(), cp.get());
    Outcome held =
        ctx.move(AccountId.of(ctx.tx().sender()), MobilityState.escrow(id), Money.micros(deposit));
    if (!held.isApplied()) {
      return held;
    }
    for (long t = b.start(); t < b.end(); t += BookCharging.SLOT_MILLIS) {
      MobilityState.hold(ctx.state(), b.chargePointId(), t / BookCharging.SLOT_MILLIS, id);
    }
    MobilityState.put(
        ctx.state(),
        new BookingRecord(
            id,
            b.chargePointId(),
            b.pseudonym(),
            b.start(),
            b.end(),
            b.energy().wh(),
            deposit,
            BookingRecord.Status.BOOKED,
            0));
    return Outcome.APPLIED;
  }

  static Outcome cancel(CancelBooking c, TxContext ctx) {
    Optional<BookingRecord> found = MobilityState.booking(ctx.state(), c.booking());
    if (found.isEmpty()) {
      return Refusal.of(Reason.UNKNOWN_BOOKING, "no booking " + c.booking());
    }
    BookingRecord b = found.get();
    Outcome own = ownPseudonym(ctx, b.pseudonym(), false);
    if (!own.isApplied()) {
      return own;
    }
    if (b.status() != BookingRecord.Status.BOOKED || ctx.timeMillis() >= b.start()) {
      return Refusal.of(
          Reason.INVALID_STATE,
          "booking "
              + b.id()
              + " is "
              + b.status()
              + " and can be cancelled only before its start");
    }
    long fee = BookingPolicy.cancellationFee(b, ctx.timeMillis());
    release(ctx, b, fee, BookingRecord.Status.CANCELLED, EvBillLine.Kind.CANCELLATION);
    return Outcome.APPLIED;
  }

  static Outcome close(CloseBooking c, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    Optional<BookingRecord> found = MobilityState.booking(ctx.state(), c.booking());
    if (found.isEmpty()) {
      return Refusal.of(Reason.UNKNOWN_BOOKING, "no booking " + c.booking());
    }
    BookingRecord b = found.get();
    if (b.status() != BookingRecord.Status.BOOKED
        || ctx.timeMillis() < b.start() + BookingPolicy.GRACE_MILLIS) {
      return Refusal.of(
          Reason.INVALID_STATE,
          "booking " + b.id() + " is " + b.status() + " or still within its grace period");
    }
    release(
        ctx, b, BookingPolicy.noShowFee(b), BookingRecord.Status.NO_SHOW, EvBillLine.Kind.NO_SHOW);
    return Outcome.APPLIED;
  }

  /** Pays {@code fee} of the deposit to the owner, refunds the rest, frees the slots. */
  private static void release(
      TxContext ctx, BookingRecord b, long fee, BookingRecord.Status status, EvBillLine.Kind kind) {
    var driver = MobilityState.pseudonym(ctx.state(), b.pseudonym()).orElseThrow().driver();
    var cp = MobilityState.chargePoint(ctx.state(), b.chargePointId()).orElseThrow();
    var escrow = MobilityState.escrow(b.id());
    must(Accounts.move(ctx.state(), escrow, AccountId.of(cp.owner()), Money.micros(fee)));
    must(
        Accounts.move(
            ctx.state(), escrow, AccountId.of(driver), Money.micros(b.depositMicros() - fee)));
    for (long t = b.start(); t < b.end(); t += BookCharging.SLOT_MILLIS) {
      MobilityState.free(ctx.state(), b.chargePointId(), t / BookCharging.SLOT_MILLIS);
    }
    MobilityState.put(ctx.state(), b.with(status, fee));
    if (fee > 0) {
      MobilityState.addBillLine(
          ctx.state(), driver, new EvBillLine(ctx.timeMillis(), kind, cp.id(), 0, 0, -fee));
      MobilityState.addBillLine(
          ctx.state(), cp.owner(), new EvBillLine(ctx.timeMillis(), kind, cp.id(), 0, 0, fee));
    }
  }

  /** Applied if {@code token} is the sender's pseudonym (and still current, if asked). */
  static Outcome ownPseudonym(TxContext ctx, String token, boolean mustBeCurrent) {
    var p = MobilityState.pseudonym(ctx.state(), token);
    if (p.isEmpty() || !p.get().driver().equals(ctx.tx().sender())) {
      return Refusal.of(
          Reason.UNKNOWN_PARTICIPANT, "pseudonym " + token + " is not one of the sender's");
    }
    if (mustBeCurrent && p.get().retired()) {
      return Refusal.of(Reason.INVALID_STATE, "pseudonym " + token + " was retired");
    }
    return Outcome.APPLIED;
  }

  static void must(boolean moved) {
    if (!moved) {
      throw new IllegalStateException("an escrow holds less than it should");
    }
  }
}
