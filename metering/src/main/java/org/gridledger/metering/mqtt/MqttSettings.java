package org.gridledger.metering.mqtt;

import java.net.URI;

/**
 * Where a node takes meter readings from over MQTT: its own embedded broker (listening on {@code
 * host:port}; port 0 picks a free one), an external broker such as Mosquitto ({@code tcp://} or,
 * with TLS, {@code ssl://}), or none. Username and password, when given, are required of every
 * client by the embedded broker and presented to an external one.
 */
public record MqttSettings(
    Mode mode, String host, int port, boolean tls, String username, String password) {
  public enum Mode {
    EMBEDDED,
    EXTERNAL,
    DISABLED
  }

  public MqttSettings {
    if (mode == null || host == null) {
      throw new IllegalArgumentException("MQTT settings need a mode and a host");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("the MQTT port must be between 0 and 65535");
    }
    if (mode == Mode.EXTERNAL && port == 0) {
      throw new IllegalArgumentException("an external broker needs a port");
    }
    if ((username == null) != (password == null)) {
      throw new IllegalArgumentException("give both an MQTT username and a password, or neither");
    }
  }

  public static MqttSettings embedded(String host, int port) {
    return new MqttSettings(Mode.EMBEDDED, host, port, false, null, null);
  }

  public static MqttSettings disabled() {
    return new MqttSettings(Mode.DISABLED, "127.0.0.1", 0, false, null, null);
  }

  /** An external broker at {@code tcp://host:port} or {@code ssl://host:port}. */
  public static MqttSettings external(String url, boolean tls, String username, String password) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a broker URL: " + url, e);
    }
    String scheme = uri.getScheme();
    if (uri.getHost() == null || !("tcp".equals(scheme) || "ssl".equals(scheme))) {
      throw new IllegalArgumentException("a broker URL is tcp://HOST:PORT or ssl://HOST:PORT");
    }
    boolean secure = tls || "ssl".equals(scheme);
    int port = uri.getPort() > 0 ? uri.getPort() : (secure ? 8883 : 1883);
    return new MqttSettings(Mode.EXTERNAL, uri.getHost(), port, secure, username, password);
  }

  public MqttSettings withCredentials(String user, String pass) {
    return new MqttSettings(mode, host, port, tls, user, pass);
  }
}
