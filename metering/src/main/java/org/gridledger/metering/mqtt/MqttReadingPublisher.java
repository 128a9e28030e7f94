package org.gridledger.metering.mqtt;

import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Publishes readings the way a meter (or its head-end gateway) does: to {@code
 * gridledger/meters/{meterId}/readings}, QoS 1. For the simulator and tests. Thread-safe.
 */
public final class MqttReadingPublisher implements AutoCloseable {
  private final Mqtt5AsyncClient client;

  private MqttReadingPublisher(Mqtt5AsyncClient client) {
    this.client = client;
  }

  public static MqttReadingPublisher connect(
      String host, int port, boolean tls, String username, String password) {
    return new MqttReadingPublisher(
        MqttClients.connect("gridledger-meter", host, port, tls, username, password));
  }

  /** Publishes one payload (JSON or binary) to {@code meterId}'s topic; completes on PUBACK. */
  public CompletableFuture<?> publish(String meterId, byte[] payload) {
    return publishTo(MeterTopics.readings(meterId), payload);
  }

  /** Publishes to any topic (tests of wrong topics). */
  public CompletableFuture<?> publishTo(String topic, byte[] payload) {
    return client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(payload).send();
  }

  @Override
  public void close() {
    try {
      client.disconnect().get(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // already gone
    }
  }
}
