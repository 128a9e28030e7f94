package org.gridledger.metering.mqtt;

/** The MQTT topics of meter readings: {@code gridledger/meters/{meterId}/readings}. */
public final class MeterTopics {
  /** What the node subscribes to. */
  public static final String ALL_READINGS = "gridledger/meters/+/readings";

  private static final String PREFIX = "gridledger/meters/";
  private static final String SUFFIX = "/readings";

  private MeterTopics() {}

  public static String readings(String meterId) {
    return PREFIX + meterId + SUFFIX;
  }

  /** The meter id a readings topic names, or null if it is not one. */
  public static String meterIdOf(String topic) {
    if (!topic.startsWith(PREFIX) || !topic.endsWith(SUFFIX)) {
      return null;
    }
    String id = topic.substring(PREFIX.length(), topic.length() - SUFFIX.length());
    return id.isEmpty() || id.indexOf('/') >= 0 ? null : id;
  }
}
