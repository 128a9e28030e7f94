package org.gridledger.sim.scenario;

/**
 * A scenario refused before anything runs: names the file (or built-in), the key (a path such as
 * {@code evs.departure_hour} or {@code households.buses[3]}) and the reason.
 */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final String key;
  private final String reason;

  public ScenarioException(String source, String key, String reason) {
    super(source + ": " + (key.isEmpty() ? "" : key + ": ") + reason);
    this.source = source;
    this.key = key;
    this.reason = reason;
  }

  public String source() {
    return source;
  }

  public String key() {
    return key;
  }

  public String reason() {
    return reason;
  }
}
