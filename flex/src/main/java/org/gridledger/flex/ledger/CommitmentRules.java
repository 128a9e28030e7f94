package org.gridledger.flex.ledger;

import java.util.Optional;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.tx.DrOptIn;
import org.gridledger.ledger.tx.DrOptOut;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.tx.RegisterFlexResource;
import org.gridledger.ledger.tx.Role;
import org.gridledger.metering.registry.Meter;
import org.gridledger.metering.registry.MeterRegistry;

/** Enrolment of meters by the DSO, and the opt-ins and opt-outs of owners and aggregators. */
final class CommitmentRules {
  private CommitmentRules() {}

  static Outcome enrol(RegisterFlexResource r, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    Optional<Meter> meter = MeterRegistry.meter(ctx.state(), r.meterId());
    if (meter.isEmpty()) {
      return Refuse.because(Reason.UNKNOWN_DEVICE, "meter " + r.meterId() + " is not registered");
    }
    if (meter.get().kind() != MeterKind.HOUSEHOLD) {
      return Refuse.because(
          Reason.INVALID_PAYLOAD,
          "meter "
              + r.meterId()
              + " is not a connection point: only those can deliver flexibility");
    }
    if (r.aggregator().isPresent()) {
      Optional<Participant> aggregator = Registry.participant(ctx.state(), r.aggregator().get());
      if (aggregator.isEmpty() || !aggregator.get().has(Role.AGGREGATOR)) {
        return Refuse.because(
            Reason.UNKNOWN_PARTICIPANT,
            "aggregator " + r.aggregator().get() + " is not a registered aggregator");
      }
    }
    FlexState.put(
        ctx.state(),
        new FlexResource(r.meterId(), meter.get().owner(), r.capacityW(), r.aggregator()));
    return Outcome.APPLIED;
  }

  static Outcome optIn(DrOptIn o, TxContext ctx) {
    Optional<EventRecord> found = FlexState.event(ctx.state(), o.eventId());
    if (found.isEmpty()) {
      return Refuse.because(Reason.UNKNOWN_EVENT, "no event " + o.eventId());
    }
    EventRecord event = found.get();
    Outcome open = open(event, ctx, "opt in");
    if (!open.isApplied()) {
      return open;
    }
    Optional<FlexResource> resource = FlexState.resource(ctx.state(), o.meterId());
    if (resource.isEmpty()) {
      return Refuse.because(
          Reason.NOT_ENROLLED,
          "meter " + o.meterId() + " is not enrolled in demand response: the DSO enrols it first");
    }
    FlexResource r = resource.get();
    if (!r.actsFor(ctx.tx().sender())) {
      return Refuse.because(
          Reason.UNAUTHORIZED_ROLE,
          "only the owner of meter " + o.meterId() + " or its aggregator may commit it");
    }
    Meter meter = MeterRegistry.meter(ctx.state(), o.meterId()).orElseThrow();
    if (!event.targets(meter.feeder(), meter.bus())) {
      return Refuse.because(
          Reason.NOT_TARGETED,
          "meter "
              + o.meterId()
              + " (feeder "
              + meter.feeder()
              + ", bus "
              + meter.bus()
              + ") is outside the target of event "
              + o.eventId());
    }
    if (o.committedW() > r.capacityW()) {
      return Refuse.because(
          Reason.OVER_CAPACITY,
          "a commitment of "
              + o.committedW()
              + " W is above the "
              + r.capacityW()
              + " W meter "
              + o.meterId()
              + " is enrolled for");
    }
    for (String other : FlexState.meterEvents(ctx.state(), o.meterId())) {
      EventRecord e = FlexState.event(ctx.state(), other).orElseThrow();
      boolean committed =
          FlexState.commitment(ctx.state(), other, o.meterId())
              .filter(Commitment::active)
              .isPresent();
      if (!other.equals(o.eventId())
          && committed
          && e.status() == EventRecord.Status.SCHEDULED
          && e.overlaps(event.event())) {
        return Refuse.because(
            Reason.CONFLICTING_EVENT,
            "meter " + o.meterId() + " is already committed to overlapping event " + other);
      }
    }
    FlexState.put(
        ctx.state(),
        new Commitment(
            o.eventId(),
            o.meterId(),
            r.owner(),
            ctx.tx().sender(),
            o.committedW(),
            ctx.timeMillis(),
            true));
    return Outcome.APPLIED;
  }

  static Outcome optOut(DrOptOut o, TxContext ctx) {
    Optional<EventRecord> found = FlexState.event(ctx.state(), o.eventId());
    if (found.isEmpty()) {
      return Refuse.because(Reason.UNKNOWN_EVENT, "no event " + o.eventId());
    }
    Outcome open = open(found.get(), ctx, "opt out");
    if (!open.isApplied()) {
      return open;
    }
    Optional<Commitment> c = FlexState.commitment(ctx.state(), o.eventId(), o.meterId());
    if (c.isEmpty() || !c.get().active()) {
      return Refuse.because(
          Reason.INVALID_STATE,
          "meter " + o.meterId() + " has no commitment to event " + o.eventId());
    }
    FlexResource r = FlexState.resource(ctx.state(), o.meterId()).orElseThrow();
    if (!r.actsFor(ctx.tx().sender())) {
      return Refuse.because(
          Reason.UNAUTHORIZED_ROLE,
          "only the owner of meter " + o.meterId() + " or its aggregator may withdraw it");
    }
    FlexState.put(ctx.state(), c.get().optedOut(ctx.timeMillis()));
    return Outcome.APPLIED;
  }

  private static Outcome open(EventRecord event, TxContext ctx, String what) {
    if (event.status() != EventRecord.Status.SCHEDULED) {
      return Refuse.because(
          Reason.INVALID_STATE, "event " + event.id() + " is " + event.status().jsonName());
    }
    if (ctx.timeMillis() >= event.event().optInDeadline()) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW,
          "too late to "
              + what
              + ": the deadline of event "
              + event.id()
              + " was "
              + Refuse.at(event.event().optInDeadline()));
    }
    return Outcome.APPLIED;
  }
}
