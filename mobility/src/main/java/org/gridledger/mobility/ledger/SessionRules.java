package org.gridledger.mobility.ledger;

import java.util.Optional;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.tx.BookCharging;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.SettleCharging;
import org.gridledger.ledger.tx.StartCharging;
import org.gridledger.ledger.units.Money;

/**
 * Charging sessions recorded by the DSO's central system: the start (linked to the driver's booking
 * when it fulfils one) and the settlement on the metered energy.
 */
final class SessionRules {
  private SessionRules() {}

  static Outcome start(StartCharging s, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    Optional<ChargePointRecord> cp = MobilityState.chargePoint(ctx.state(), s.chargePointId());
    if (cp.isEmpty()) {
      return Refusal.of(Reason.UNKNOWN_DEVICE, "no charge point " + s.chargePointId());
    }
    if (MobilityState.session(ctx.state(), s.chargePointId(), s.transactionId()).isPresent()) {
      return Refusal.of(
          Reason.DUPLICATE, "transaction " + s.transactionId() + " is already recorded");
    }
    var pseudonym = MobilityState.pseudonym(ctx.state(), s.idTag());
    if (pseudonym.isEmpty() || pseudonym.get().retired()) {
      return Refusal.of(Reason.UNKNOWN_PARTICIPANT, "idTag " + s.idTag() + " is not valid");
    }
    Hash booking = Hash.ZERO;
    Optional<BookingRecord> held = bookingAt(ctx, s.chargePointId(), s.startMillis());
    if (held.isPresent()) {
      if (!held.get().pseudonym().equals(s.idTag())) {
        return Refusal.of(
            Reason.UNAVAILABLE, "charge point " + s.chargePointId() + " is booked by another");
      }
      booking = held.get().id();
      MobilityState.put(ctx.state(), held.get().with(BookingRecord.Status.ACTIVE, 0));
    }
    long bonus =
        MobilityState.feeder(ctx.state(), cp.get().feeder())
            .map(FeederRecord::bonusPerKwh)
            .orElse(0L);
    MobilityState.put(
        ctx.state(),
        new SessionRecord(
            s.chargePointId(),
            s.transactionId(),
            s.idTag(),
            booking,
            s.startMillis(),
            s.meterStartWh(),
            bonus,
            false));
    MobilityState.noteTransactionId(ctx.state(), s.transactionId());
    return Outcome.APPLIED;
  }

  /** A booking of the charge point holding the quarter hour of {@code t} or the next one. */
  private static Optional<BookingRecord> bookingAt(TxContext ctx, String cp, long t) {
    for (long at : new long[] {t, t + BookCharging.SLOT_MILLIS}) {
      Optional<Hash> id =
          MobilityState.slot(ctx.state(), cp, Math.floorDiv(at, BookCharging.SLOT_MILLIS));
      if (id.isPresent()) {
        BookingRecord b = MobilityState.booking(ctx.state(), id.get()).orElseThrow();
        if (b.status() == BookingRecord.Status.BOOKED
            && t >= b.start() - BookingPolicy.GRACE_MILLIS) {
          return Optional.of(b);
        }
      }
    }
    return Optional.empty();
  }

  static Outcome settle(SettleCharging s, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    Optional<SessionRecord> found =
        MobilityState.session(ctx.state(), s.chargePointId(), s.transactionId());
    if (found.isEmpty()) {
      return Refusal.of(
          Reason.UNKNOWN_SESSION,
          "no transaction " + s.transactionId() + " at charge point " + s.chargePointId());
    }
    SessionRecord session = found.get();
    if (session.settled()) {
      return Refusal.of(Reason.INVALID_STATE, "transaction " + s.transactionId() + " is settled");
    }
    if (s.meterStopWh() < session.meterStartWh() || s.stopMillis() < session.startMillis()) {
      return Refusal.of(
          Reason.INVALID_PAYLOAD, "the stop register or time is before the session's start");
    }
    ChargePointRecord cp = MobilityState.chargePoint(ctx.state(), s.chargePointId()).orElseThrow();
    PublicKey driver =
        MobilityState.pseudonym(ctx.state(), session.pseudonym()).orElseThrow().driver();
    long energy = s.meterStopWh() - session.meterStartWh();
    long energyMicros = Math.multiplyExact(energy, cp.pricePerKwh()) / 1000;
    long timeMicros =
        Math.multiplyExact(s.stopMillis() - session.startMillis(), cp.pricePerHour()) / 3_600_000L;
    long fee = Math.multiplyExact(energy, s.networkFee().microsPerKwh()) / 1000;
    long bonus =
        Math.min(
            Math.floorDiv(Math.multiplyExact(energy, session.bonusPerKwh()), 1000),
            energyMicros + timeMicros + fee);
    if (!session.booking().equals(Hash.ZERO)) {
      BookingRecord b = MobilityState.booking(ctx.state(), session.booking()).orElseThrow();
      BookingRules.must(
          Accounts.move(
              ctx.state(),
              MobilityState.escrow(b.id()),
              AccountId.of(driver),
              Money.micros(b.depositMicros())));
      MobilityState.put(ctx.state(), b.with(BookingRecord.Status.COMPLETED, 0));
    }
    long arrears =
        Accounts.charge(
                ctx.state(),
                driver,
                AccountId.of(cp.owner()),
                Money.micros(energyMicros + timeMicros))
            .micros();
    arrears += Accounts.charge(ctx.state(), driver, AccountId.GRID, Money.micros(fee)).micros();
    if (bonus > 0) {
      Accounts.moveOnCredit(ctx.state(), AccountId.GRID, AccountId.of(driver), Money.micros(bonus));
    } else if (bonus < 0) {
      arrears +=
          Accounts.charge(ctx.state(), driver, AccountId.GRID, Money.micros(-bonus)).micros();
    }
    long paid = energyMicros + timeMicros + fee - bonus;
    Receipt receipt =
        new Receipt(
            cp.id(),
            s.transactionId(),
            session.pseudonym(),
            session.startMillis(),
            s.stopMillis(),
            energy,
            energyMicros,
            timeMicros,
            fee,
            bonus,
            paid,
            arrears,
            s.reason());
    MobilityState.put(ctx.state(), receipt);
    MobilityState.put(ctx.state(), session.settle());
    long at = s.stopMillis();
    MobilityState.addBillLine(
        ctx.state(),
        driver,
        new EvBillLine(at, EvBillLine.Kind.CHARGING, cp.id(), s.transactionId(), energy, -paid));
    MobilityState.addBillLine(
        ctx.state(),
        cp.owner(),
        new EvBillLine(
            at,
            EvBillLine.Kind.HOSTING,
            cp.id(),
            s.transactionId(),
            energy,
            receipt.ownerMicros()));
    return Outcome.APPLIED;
  }
}
