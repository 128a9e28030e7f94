package org.gridledger.metering.ingest;

/**
 * A reading refused: the reason, a message naming the problem for people, and the meter id the
 * reading claimed ("" when it could not be read).
 */
public record ReadingRefusal(RefusalReason reason, String message, String meterId)
    implements ReadingResult {
  public ReadingRefusal {
    if (reason == null || message == null || message.isBlank()) {
      throw new IllegalArgumentException("a refusal needs a reason and a message");
    }
    meterId = meterId == null ? "" : meterId;
  }

  public static ReadingRefusal of(RefusalReason reason, String meterId, String message) {
    return new ReadingRefusal(reason, message, meterId);
  }
}
