package org.gridledger.mobility.ocpp;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every OCPP request the central system refused or corrected, logged and counted by kind; the last
 * 256 are kept for the API and tests. Thread-safe.
 */
public final class OcppRefusals {
  private static final Logger LOG = LoggerFactory.getLogger(OcppRefusals.class);
  private static final int KEEP = 256;

  /** Why. */
  public enum Kind {
    UNKNOWN_IDENTITY,
    BAD_CREDENTIALS,
    UNKNOWN_ID_TAG,
    BOOKED_BY_ANOTHER,
    STOP_WITHOUT_START,
    METER_BACKWARDS,
    METER_UNKNOWN_TRANSACTION,
    UNSUPPORTED
  }

  /** One refusal: kind, charge point and a message naming the problem. */
  public record Entry(Kind kind, String chargePointId, String message) {}

  private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
  private final Deque<Entry> last = new ArrayDeque<>();

  public synchronized void add(Kind kind, String chargePointId, String message) {
    LOG.warn("OCPP {} from {}: {}", kind, chargePointId, message);
    counts.merge(kind, 1L, Long::sum);
    last.addLast(new Entry(kind, chargePointId, message));
    if (last.size() > KEEP) {
      last.removeFirst();
    }
  }

  public synchronized long count(Kind kind) {
    return counts.getOrDefault(kind, 0L);
  }

  public synchronized List<Entry> last() {
    return List.copyOf(last);
  }
}
