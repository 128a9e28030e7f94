package org.gridledger.flex.ledger;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.state.Key;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.state.StateReader;

/**
 * Demand response's state, namespace {@code flex}: events (and their index by creation, by feeder),
 * enrolled resources, commitments (by event, by meter, by owner) and each settled meter's
 * performance. Parts of a key are joined by NUL, which no id may contain.
 */
public final class FlexState {
  static final String NAMESPACE = "flex";
  private static final char SEP = '\u0000';

  private FlexState() {}

  private static Key key(String... parts) {
    return Key.of(NAMESPACE, String.join(String.valueOf(SEP), parts));
  }

  public static Optional<EventRecord> event(StateReader state, String id) {
    byte[] bytes = state.get(key("event", id));
    return bytes == null ? Optional.empty() : Optional.of(EventRecord.decode(bytes));
  }

  static void put(StateOverlay state, EventRecord event) {
    state.put(key("event", event.id()), event.encode());
  }

  /** Records a new event and indexes it by creation order and by feeder. */
  static void create(StateOverlay state, EventRecord event) {
    put(state, event);
    append(state, event.id(), "events");
    append(state, event.id(), "fevents", event.event().feeder());
  }

  /** Every event id in creation order. */
  public static List<String> eventIds(StateReader state) {
    return list(state, "events");
  }

  /** The ids of the events created on {@code feeder}, in creation order. */
  public static List<String> feederEvents(StateReader state, String feeder) {
    return list(state, "fevents", feeder);
  }

  public static Optional<FlexResource> resource(StateReader state, String meterId) {
    byte[] bytes = state.get(key("resource", meterId));
    return bytes == null ? Optional.empty() : Optional.of(FlexResource.decode(bytes));
  }

  static void put(StateOverlay state, FlexResource resource) {
    state.put(key("resource", resource.meterId()), resource.encode());
  }

  public static Optional<Commitment> commitment(StateReader state, String eventId, String meter) {
    byte[] bytes = state.get(key("commit", eventId, meter));
    return bytes == null ? Optional.empty() : Optional.of(Commitment.decode(bytes));
  }

  /** Stores a commitment; the first of a meter in an event is indexed by event, meter and owner. */
  static void put(StateOverlay state, Commitment c) {
    boolean first = state.get(key("commit", c.eventId(), c.meterId())) == null;
    state.put(key("commit", c.eventId(), c.meterId()), c.encode());
    if (first) {
      EventRecord event = event(state, c.eventId()).orElseThrow();
      state.put(
          key("commitidx", c.eventId(), Integer.toString(event.commitments())),
          c.meterId().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      put(state, event.withCommitments(event.commitments() + 1));
      append(state, c.eventId(), "mevents", c.meterId());
      append(state, c.eventId() + SEP + c.meterId(), "pcommits", c.owner().toHex());
    }
  }

  /** Every commitment ever made to the event, withdrawn ones included, in first opt-in order. */
  public static List<Commitment> commitments(StateReader state, String eventId) {
    EventRecord event = event(state, eventId).orElseThrow();
    List<Commitment> out = new ArrayList<>(event.commitments());
    for (int i = 0; i < event.commitments(); i++) {
      String meter =
          new String(
              state.get(key("commitidx", eventId, Integer.toString(i))),
              java.nio.charset.StandardCharsets.UTF_8);
      out.add(commitment(state, eventId, meter).orElseThrow());
    }
    return out;
  }

  /** The active commitments of an event, in ascending meter id: what its settlement must list. */
  public static List<Commitment> active(StateReader state, String eventId) {
    return commitments(state, eventId).stream()
        .filter(Commitment::active)
        .sorted(java.util.Comparator.comparing(Commitment::meterId))
        .toList();
  }

  /** The ids of the events a meter ever opted into. */
  public static List<String> meterEvents(StateReader state, String meterId) {
    return list(state, "mevents", meterId);
  }

  /** Every (event id, meter id) a participant's meters ever committed, in order. */
  public static List<String[]> participantCommitments(StateReader state, PublicKey owner) {
    List<String[]> out = new ArrayList<>();
    for (String packed : list(state, "pcommits", owner.toHex())) {
      int at = packed.indexOf(SEP);
      out.add(new String[] {packed.substring(0, at), packed.substring(at + 1)});
    }
    return out;
  }

  /** A settled meter's bill line for an event. */
  public static Optional<DrBillLine> performance(StateReader state, String eventId, String meter) {
    byte[] bytes = state.get(key("perf", eventId, meter));
    return bytes == null ? Optional.empty() : Optional.of(DrBillLine.decode(bytes));
  }

  static void putPerformance(StateOverlay state, DrBillLine line) {
    state.put(key("perf", line.eventId(), line.meterId()), line.encode());
  }

  private static void append(StateOverlay state, String value, String list, String... owner) {
    String[] parts = concat(list, owner);
    int n = count(state, parts);
    String[] item = concat(list + "#", owner);
    String[] itemKey = java.util.Arrays.copyOf(item, item.length + 1);
    itemKey[item.length] = Integer.toString(n);
    state.put(key(itemKey), value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    state.put(key(parts), ByteBuffer.allocate(4).putInt(n + 1).array());
  }

  private static List<String> list(StateReader state, String list, String... owner) {
    String[] parts = concat(list, owner);
    int n = count(state, parts);
    String[] item = concat(list + "#", owner);
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String[] itemKey = java.util.Arrays.copyOf(item, item.length + 1);
      itemKey[item.length] = Integer.toString(i);
      out.add(new String(state.get(key(itemKey)), java.nio.charset.StandardCharsets.UTF_8));
    }
    return out;
  }

  private static int count(StateReader state, String[] parts) {
    byte[] n = state.get(key(parts));
    return n == null ? 0 : ByteBuffer.wrap(n).getInt();
  }

  private static String[] concat(String first, String[] rest) {
    String[] out = new String[rest.length + 1];
    out[0] = first;
    System.arraycopy(rest, 0, out, 1, rest.length);
    return out;
  }
}
