package org.gridledger.mobility.ocpp;

/**
 * A transaction in progress at a connected charge point, as the central system follows it: its
 * start, the last energy register and power the charge point reported, and the limit the DSO set on
 * it (-1: none). Mutable fields are volatile; one charge point's messages arrive in order.
 */
public final class ActiveSession {
  private final String chargePointId;
  private final String feeder;
  private final int connector;
  private final int transactionId;
  private final String idTag;
  private final long startMillis;
  private final long meterStartWh;
  private final long maxPowerW;
  private volatile long lastWh;
  private volatile long powerW;
  private volatile long limitW = -1;

  ActiveSession(
      String chargePointId,
      String feeder,
      int connector,
      int transactionId,
      String idTag,
      long startMillis,
      long meterStartWh,
      long maxPowerW) {
    this.chargePointId = chargePointId;
    this.feeder = feeder;
    this.connector = connector;
    this.transactionId = transactionId;
    this.idTag = idTag;
    this.startMillis = startMillis;
    this.meterStartWh = meterStartWh;
    this.maxPowerW = maxPowerW;
    this.lastWh = meterStartWh;
  }

  public String chargePointId() {
    return chargePointId;
  }

  public String feeder() {
    return feeder;
  }

  public int connector() {
    return connector;
  }

  public int transactionId() {
    return transactionId;
  }

  public String idTag() {
    return idTag;
  }

  public long startMillis() {
    return startMillis;
  }

  public long meterStartWh() {
    return meterStartWh;
  }

  /** What the session could draw without a limit: the charge point's maximum power. */
  public long maxPowerW() {
    return maxPowerW;
  }

  public long lastWh() {
    return lastWh;
  }

  void lastWh(long wh) {
    this.lastWh = wh;
  }

  public long powerW() {
    return powerW;
  }

  void powerW(long w) {
    this.powerW = w;
  }

  public long limitW() {
    return limitW;
  }

  void limitW(long w) {
    this.limitW = w;
  }
}
