package org.gridledger.flex.ledger;

import java.util.Optional;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.tx.CancelDrEvent;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.Role;

/** The DSO creates and cancels events. */
final class EventRules {
  private EventRules() {}

  static Outcome create(CreateDrEvent e, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    long now = ctx.timeMillis();
    if (FlexState.event(ctx.state(), e.eventId()).isPresent()) {
      return Refuse.because(Reason.DUPLICATE, "event " + e.eventId() + " already exists");
    }
    if (e.windowStart() <= now) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW,
          "event "
              + e.eventId()
              + " starts at "
              + Refuse.at(e.windowStart())
              + ", in the past (ledger time "
              + Refuse.at(now)
              + ")");
    }
    if (e.windowStart() - now < e.notificationMinutes() * 60_000L) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW,
          "event "
              + e.eventId()
              + " starts at "
              + Refuse.at(e.windowStart())
              + ", less than its notice of "
              + e.notificationMinutes()
              + " min after "
              + Refuse.at(now));
    }
    if (e.optInDeadline() <= now) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW,
          "the opt-in deadline " + Refuse.at(e.optInDeadline()) + " has already passed");
    }
    Optional<EventRecord> conflict = conflicting(ctx, e);
    if (conflict.isPresent()) {
      return Refuse.because(
          Reason.CONFLICTING_EVENT,
          "event "
              + e.eventId()
              + " asks to "
              + e.direction().name().toLowerCase(java.util.Locale.ROOT)
              + " load on feeder "
              + e.feeder()
              + " while event "
              + conflict.get().id()
              + " asks the opposite on the same buses from "
              + Refuse.at(conflict.get().event().windowStart())
              + " to "
              + Refuse.at(conflict.get().event().windowEnd()));
    }
    FlexState.create(ctx.state(), new EventRecord(e, now, EventRecord.Status.SCHEDULED, "", 0));
    return Outcome.APPLIED;
  }

  /** A scheduled event on the same feeder, overlapping in time and buses, asking the opposite. */
  private static Optional<EventRecord> conflicting(TxContext ctx, CreateDrEvent e) {
    for (String id : FlexState.feederEvents(ctx.state(), e.feeder())) {
      EventRecord other = FlexState.event(ctx.state(), id).orElseThrow();
      if (other.status() == EventRecord.Status.SCHEDULED
          && other.event().direction() != e.direction()
          && other.overlaps(e)
          && other.sharesBuses(e)) {
        return Optional.of(other);
      }
    }
    return Optional.empty();
  }

  static Outcome cancel(CancelDrEvent c, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    Optional<EventRecord> found = FlexState.event(ctx.state(), c.eventId());
    if (found.isEmpty()) {
      return Refuse.because(Reason.UNKNOWN_EVENT, "no event " + c.eventId());
    }
    EventRecord event = found.get();
    if (event.status() != EventRecord.Status.SCHEDULED) {
      return Refuse.because(
          Reason.INVALID_STATE, "event " + c.eventId() + " is " + event.status().jsonName());
    }
    if (ctx.timeMillis() >= event.event().windowStart()) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW,
          "event " + c.eventId() + " started at " + Refuse.at(event.event().windowStart()));
    }
    FlexState.put(ctx.state(), event.with(EventRecord.Status.CANCELLED, c.reason()));
    return Outcome.APPLIED;
  }
}
