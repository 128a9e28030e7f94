package org.gridledger.mobility.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A charge point that behaves like a real one over OCPP 1.6J: boots, reports its status, authorizes
 * an idTag, starts a transaction, meters energy at its power (its maximum, or less under the
 * central system's TxProfile limit; 0 pauses), sends MeterValues (energy register and power),
 * stops, and obeys RemoteStart/RemoteStop and Set/ClearChargingProfile. Time comes from the clock
 * given, so a test moves it. Thread-safe.
 */
public final class SimulatedChargePoint {
  private final String identity;
  private final String password;
  private final long maxPowerW;
  private final int connector;
  private final Clock clock;
  private final OcppJClient client;
  private long registerMilliWh;
  private long lastMillis;
  private volatile long limitW = -1;
  private volatile int transactionId;
  private volatile String remoteIdTag;

  public SimulatedChargePoint(
      String identity, String password, long maxPowerW, int connector, long startWh, Clock clock) {
    this.identity = identity;
    this.password = password;
    this.maxPowerW = maxPowerW;
    this.connector = connector;
    this.clock = clock;
    this.registerMilliWh = startWh * 1000;
    this.client = new OcppJClient(this::onCall);
  }

  public String identity() {
    return identity;
  }

  public OcppJClient client() {
    return client;
  }

  /** Opens the WebSocket; {@code base} is like {@code ws://host:port/ocpp/}. */
  public CompletableFuture<SimulatedChargePoint> connect(HttpClient http, URI base) {
    return client.connect(http, base, identity, password).thenApply(c -> this);
  }

  public CompletableFuture<JsonNode> boot() {
    return client.call(
        "BootNotification",
        object().put("chargePointVendor", "GridLedger").put("chargePointModel", "SimCP-1"));
  }

  public CompletableFuture<JsonNode> heartbeat() {
    return client.call("Heartbeat", object());
  }

  public CompletableFuture<JsonNode> status(String status) {
    return client.call(
        "StatusNotification",
        object()
            .put("connectorId", connector)
            .put("errorCode", "NoError")
            .put("status", status)
            .put("timestamp", clock.instant().toString()));
  }

  /** Authorize: completes with the idTagInfo status ("Accepted", "Invalid", ...). */
  public CompletableFuture<String> authorize(String idTag) {
    return client
        .call("Authorize", object().put("idTag", idTag))
        .thenApply(r -> r.path("idTagInfo").path("status").asText());
  }

  /** StartTransaction: completes with the answer (transactionId and idTagInfo). */
  public synchronized CompletableFuture<JsonNode> start(String idTag) {
    lastMillis = clock.millis();
    return client
        .call(
            "StartTransaction",
            object()
                .put("connectorId", connector)
                .put("idTag", idTag)
                .put("meterStart", registerWh())
                .put("timestamp", clock.instant().toString()))
        .thenApply(
            r -> {
              if ("Accepted".equals(r.path("idTagInfo").path("status").asText())) {
                transactionId = r.path("transactionId").asInt();
                status("Charging");
              }
              return r;
            });
  }

  /** Advances the register to now at the current power and sends MeterValues. */
  public CompletableFuture<JsonNode> meterValues() {
    long wh;
    long power;
    synchronized (this) {
      advance();
      wh = registerWh();
      power = powerW();
    }
    return meterValues(wh, power);
  }

  /** Sends MeterValues with the register and power given (for tests of bad values). */
  public CompletableFuture<JsonNode> meterValues(long registerWh, long powerW) {
    ObjectNode request = object().put("connectorId", connector);
    if (transactionId > 0) {
      request.put("transactionId", transactionId);
    }
    ArrayNode values = request.putArray("meterValue");
    ObjectNode value = values.addObject().put("timestamp", clock.instant().toString());
    ArrayNode samples = value.putArray("sampledValue");
    samples
        .addObject()
        .put("value", Long.toString(registerWh))
        .put("measurand", "Energy.Active.Import.Register")
        .put("unit", "Wh");
    samples
        .addObject()
        .put("value", Long.toString(powerW))
        .put("measurand", "Power.Active.Import")
        .put("unit", "W");
    return client.call("MeterValues", request);
  }

  /** StopTransaction of the current transaction, at the register advanced to now. */
  public CompletableFuture<JsonNode> stop(String reason) {
    long wh;
    int tx;
    synchronized (this) {
      advance();
      wh = registerWh();
      tx = transactionId;
      transactionId = 0;
      limitW = -1;
    }
    return stop(tx, wh, reason)
        .thenApply(
            r -> {
              status("Available");
              return r;
            });
  }

  /** StopTransaction of any transaction id at any register (for tests of bad input). */
  public CompletableFuture<JsonNode> stop(int tx, long meterStopWh, String reason) {
    return client.call(
        "StopTransaction",
        object()
            .put("transactionId", tx)
            .put("meterStop", meterStopWh)
            .put("timestamp", clock.instant().toString())
            .put("reason", reason));
  }

  public synchronized long registerWh() {
    return registerMilliWh / 1000;
  }

  /** What it draws now: its maximum, or the central system's limit if lower. */
  public long powerW() {
    long limit = limitW;
    return transactionId == 0 ? 0 : limit < 0 ? maxPowerW : Math.min(maxPowerW, limit);
  }

  public long limitW() {
    return limitW;
  }

  public int transactionId() {
    return transactionId;
  }

  private void advance() {
    long now = clock.millis();
    if (transactionId > 0 && now > lastMillis) {
      registerMilliWh += powerW() * (now - lastMillis) / 3_600L;
    }
    lastMillis = now;
  }

  private JsonNode onCall(ArrayNode frame) {
    String action = frame.get(2).asText();
    JsonNode payload = frame.path(3);
    return switch (action) {
      case "SetChargingProfile" -> {
        synchronized (this) {
          advance();
          JsonNode periods =
              payload
                  .path("csChargingProfiles")
                  .path("chargingSchedule")
                  .path("chargingSchedulePeriod");
          limitW = Math.round(periods.path(0).path("limit").asDouble(maxPowerW));
        }
        yield object().put("status", "Accepted");
      }
      case "ClearChargingProfile" -> {
        synchronized (this) {
          advance();
          limitW = -1;
        }
        yield object().put("status", "Accepted");
      }
      case "RemoteStartTransaction" -> {
        remoteIdTag = payload.path("idTag").asText();
        String tag = remoteIdTag;
        CompletableFuture.delayedExecutor(10, TimeUnit.MILLISECONDS)
            .execute(() -> authorize(tag).thenCompose(s -> start(tag)));
        yield object().put("status", transactionId == 0 ? "Accepted" : "Rejected");
      }
      case "RemoteStopTransaction" -> {
        boolean ours = payload.path("transactionId").asInt() == transactionId && transactionId > 0;
        if (ours) {
          CompletableFuture.delayedExecutor(10, TimeUnit.MILLISECONDS)
              .execute(() -> stop("Remote"));
        }
        yield object().put("status", ours ? "Accepted" : "Rejected");
      }
      default -> null;
    };
  }

  private static ObjectNode object() {
    return OcppJClient.JSON.createObjectNode();
  }
}
