package org.gridledger.metering.ingest;

/**
 * A reading as received, not yet looked at: its bytes (JSON when the first non-blank byte is
 * {@code '{'}, else the binary form), where it came from, and for MQTT the meter id its topic names
 * (null otherwise).
 */
public record RawReading(byte[] bytes, Source source, String topicMeterId) {
  public RawReading {
    if (bytes == null || source == null) {
      throw new IllegalArgumentException("a raw reading needs bytes and a source");
    }
  }

  public static RawReading http(byte[] bytes) {
    return new RawReading(bytes, Source.HTTP, null);
  }

  public static RawReading mqtt(byte[] bytes, String topicMeterId) {
    return new RawReading(bytes, Source.MQTT, topicMeterId);
  }

  boolean looksLikeJson() {
    for (byte b : bytes) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b == '{';
      }
    }
    return false;
  }
}
