package org.gridledger.metering.mqtt;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5ClientBuilder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Connects HiveMQ MQTT 5 clients to a broker with the configured TLS and credentials. */
final class MqttClients {
  private MqttClients() {}

  static Mqtt5AsyncClient connect(
      String prefix, String host, int port, boolean tls, String username, String password) {
    Mqtt5ClientBuilder builder =
        MqttClient.builder()
            .useMqttVersion5()
            .identifier(prefix + "-" + UUID.randomUUID())
            .serverHost(host)
            .serverPort(port);
    if (tls) {
      builder = builder.sslWithDefaultConfig();
    }
    if (username != null) {
      builder =
          builder
              .simpleAuth()
              .username(username)
              .password(password.getBytes(StandardCharsets.UTF_8))
              .applySimpleAuth();
    }
    Mqtt5AsyncClient client = builder.buildAsync();
    try {
      client.connectWith().cleanStart(true).send().get(15, TimeUnit.SECONDS);
      return client;
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "cannot connect to the MQTT broker at "
              + host
              + ":"
              + port
              + ": "
              + e.getCause().getMessage(),
          e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "the MQTT broker at " + host + ":" + port + " did not answer");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while connecting to the MQTT broker", e);
    }
  }
}
