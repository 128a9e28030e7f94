package org.gridledger.metering.mqtt;

import com.hivemq.embedded.EmbeddedExtension;
import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

/**
 * The node's own MQTT broker: HiveMQ Community Edition in embedded mode, one TCP listener, messages
 * kept in memory (readings become durable when anchored, not in the broker). Its queues are sized
 * so that a slow subscriber makes the broker hold readings rather than discard them, and clients
 * may keep up to 65,535 QoS 1 readings unacknowledged. With credentials it refuses clients that do
 * not present them; without, it admits every client, so it listens on the loopback address unless
 * told otherwise.
 */
public final class EmbeddedBroker implements AutoCloseable {
  private final EmbeddedHiveMQ hivemq;
  private final int port;

  private EmbeddedBroker(EmbeddedHiveMQ hivemq, int port) {
    this.hivemq = hivemq;
    this.port = port;
  }

  /**
   * Starts the broker, its files under {@code workDirectory}.
   *
   * @param port the listener port; 0 picks a free one
   */
  public static EmbeddedBroker start(
      Path workDirectory, String host, int port, String username, String password) {
    try {
      int actual = port == 0 ? freePort(host) : port;
      Path conf = Files.createDirectories(workDirectory.resolve("conf"));
      Path data = Files.createDirectories(workDirectory.resolve("data"));
      Path extensions = Files.createDirectories(workDirectory.resolve("extensions"));
      Files.writeString(conf.resolve("config.xml"), config(host, actual));
      EmbeddedHiveMQ hivemq =
          EmbeddedHiveMQ.builder()
              .withConfigurationFolder(conf)
              .withDataFolder(data)
              .withExtensionsFolder(extensions)
              .withoutLoggingBootstrap()
              .withEmbeddedExtension(
                  EmbeddedExtension.builder()
                      .withId("gridledger-auth")
                      .withName("GridLedger authentication")
                      .withVersion("1")
                      .withExtensionMain(new BrokerAuthentication(username, password))
                      .build())
              .build();
      hivemq.start().get();
      return new EmbeddedBroker(hivemq, actual);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the MQTT broker: " + e.getMessage(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "the MQTT broker did not start on " + host + ":" + port + ": " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting the MQTT broker", e);
    }
  }

  private static String config(String host, int port) {
    return """
        <?xml version="1.0"?>
        <hivemq>
          <listeners>
            <tcp-listener><port>%d</port><bind-address>%s</bind-address></tcp-listener>
          </listeners>
          <mqtt>
            <queued-messages><max-queue-size>2000000</max-queue-size></queued-messages>
            <receive-maximum><server-receive-maximum>65535</server-receive-maximum></receive-maximum>
          </mqtt>
          <persistence><mode>in-memory</mode></persistence>
          <anonymous-usage-statistics><enabled>false</enabled></anonymous-usage-statistics>
        </hivemq>
        """
        .formatted(port, host);
  }

  private static int freePort(String host) throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
      return socket.getLocalPort();
    }
  }

  public int port() {
    return port;
  }

  @Override
  public void close() {
    try {
      hivemq.close();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the MQTT broker did not stop cleanly", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
