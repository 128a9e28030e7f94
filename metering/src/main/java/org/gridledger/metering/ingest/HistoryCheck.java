package org.gridledger.metering.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gridledger.metering.reading.Reading;
import org.gridledger.metering.store.MeterHead;
import org.gridledger.metering.store.ReadingStore;
import org.gridledger.metering.store.StoredReading;

/**
 * The checks of a reading against its meter's last accepted one: sequence strictly increasing (a
 * retransmission of an accepted reading is a duplicate), timestamp increasing, registers never
 * decreasing. Keeps each meter's head in memory, loaded from the store the first time the meter is
 * seen, so the store is the source of truth at start. Not thread-safe: the ingestor serialises it.
 */
final class HistoryCheck {
  private final ReadingStore store;
  private final Map<String, MeterHead> heads = new HashMap<>();

  HistoryCheck(ReadingStore store) {
    this.store = store;
  }

  /** The refusal, or null if {@code v} follows its meter's head (which it then becomes). */
  ReadingRefusal accept(VerifiedReading v, long[] previousTimestamp) {
    String id = v.meterId();
    MeterHead head = heads.get(id);
    if (head == null && !heads.containsKey(id)) {
      head = store.head(id).orElse(null);
      heads.put(id, head);
    }
    Reading r = v.signed().reading();
    if (head != null) {
      ReadingRefusal refusal = against(head, v, r);
      if (refusal != null) {
        return refusal;
      }
    }
    previousTimestamp[0] = head == null ? -1 : head.timestampMillis();
    heads.put(
        id,
        new MeterHead(
            r.sequence(),
            r.timestampMillis(),
            r.importRegister().wh(),
            r.exportRegister().wh(),
            v.leaf()));
    return null;
  }

  private ReadingRefusal against(MeterHead head, VerifiedReading v, Reading r) {
    String id = v.meterId();
    if (r.sequence() <= head.sequence()) {
      if (isDuplicate(head, v, r)) {
        return ReadingRefusal.of(
            RefusalReason.DUPLICATE,
            id,
            "reading " + r.sequence() + " of meter " + id + " was already accepted");
      }
      return ReadingRefusal.of(
          RefusalReason.REPLAYED_SEQUENCE,
          id,
          "sequence " + r.sequence() + " is not above the last accepted " + head.sequence());
    }
    if (r.timestampMillis() <= head.timestampMillis()) {
      return ReadingRefusal.of(
          RefusalReason.TIME_NOT_INCREASING,
          id,
          "timestamp "
              + java.time.Instant.ofEpochMilli(r.timestampMillis())
              + " is not after the last accepted reading's "
              + java.time.Instant.ofEpochMilli(head.timestampMillis()));
    }
    if (r.importRegister().wh() < head.importWh() || r.exportRegister().wh() < head.exportWh()) {
      return ReadingRefusal.of(
          RefusalReason.DECREASING_REGISTER,
          id,
          "registers went from import "
              + head.importWh()
              + " Wh, export "
              + head.exportWh()
              + " Wh down to import "
              + r.importRegister().wh()
              + " Wh, export "
              + r.exportRegister().wh()
              + " Wh");
    }
    return null;
  }

  private boolean isDuplicate(MeterHead head, VerifiedReading v, Reading r) {
    if (r.sequence() == head.sequence()) {
      return head.leaf().equals(v.leaf());
    }
    Optional<StoredReading> stored = store.bySequence(v.meterId(), r.sequence());
    return stored.isPresent()
        && java.util.Arrays.equals(stored.get().signed().encode(), v.encoded());
  }
}
