package org.gridledger.flex.ledger;

import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.tx.BaselineMethod;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrDirection;

/**
 * A demand-response event on the ledger: what the DSO asked, when it was created, its status, and
 * how many meters ever opted in (the length of its commitment index).
 */
public record EventRecord(
    CreateDrEvent event, long createdAt, Status status, String cancelReason, int commitments) {

  /** Where an event stands. */
  public enum Status {
    SCHEDULED,
    CANCELLED,
    SETTLED;

    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public String id() {
    return event.eventId();
  }

  /** Whether the windows of two events share an instant. */
  public boolean overlaps(CreateDrEvent other) {
    return event.windowStart() < other.windowEnd() && other.windowStart() < event.windowEnd();
  }

  /** Whether two events on the same feeder target a common bus (no buses: the whole feeder). */
  public boolean sharesBuses(CreateDrEvent other) {
    if (event.buses().isEmpty() || other.buses().isEmpty()) {
      return true;
    }
    return event.buses().stream().anyMatch(other.buses()::contains);
  }

  /** Whether a meter at {@code bus} on {@code feeder} is in the event's target. */
  public boolean targets(String feeder, String bus) {
    return event.feeder().equals(feeder)
        && (event.buses().isEmpty() || event.buses().contains(bus));
  }

  EventRecord with(Status newStatus, String reason) {
    return new EventRecord(event, createdAt, newStatus, reason, commitments);
  }

  EventRecord withCommitments(int n) {
    return new EventRecord(event, createdAt, status, cancelReason, n);
  }

  byte[] encode() {
    ByteWriter out = new ByteWriter(256).string(event.eventId()).string(event.feeder());
    out.i32(event.buses().size());
    event.buses().forEach(out::string);
    return out.i64(event.windowStart())
        .i64(event.windowEnd())
        .i32(event.intervalMinutes())
        .u8(event.direction().ordinal())
        .i64(event.requestedW())
        .i64(event.rewardPerKwh())
        .i64(event.penaltyPerKwh())
        .i32(event.tolerancePct())
        .i32(event.notificationMinutes())
        .i64(event.optInDeadline())
        .u8(event.baseline().ordinal())
        .i64(createdAt)
        .u8(status.ordinal())
        .string(cancelReason)
        .i32(commitments)
        .toBytes();
  }

  static EventRecord decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    String id = in.string("id");
    String feeder = in.string("feeder");
    int n = in.i32("buses");
    List<String> buses = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      buses.add(in.string("bus"));
    }
    CreateDrEvent event =
        new CreateDrEvent(
            id,
            feeder,
            buses,
            in.i64("start"),
            in.i64("end"),
            in.i32("minutes"),
            DrDirection.values()[in.u8("direction")],
            in.i64("requested"),
            in.i64("reward"),
            in.i64("penalty"),
            in.i32("tolerance"),
            in.i32("notice"),
            in.i64("deadline"),
            BaselineMethod.values()[in.u8("baseline")]);
    return new EventRecord(
        event,
        in.i64("created"),
        Status.values()[in.u8("status")],
        in.string("reason"),
        in.i32("commitments"));
  }
}
