package org.gridledger.mobility.ocpp;

import eu.chargetime.ocpp.AuthenticationException;
import eu.chargetime.ocpp.JSONConfiguration;
import eu.chargetime.ocpp.JSONServer;
import eu.chargetime.ocpp.ServerEvents;
import eu.chargetime.ocpp.feature.profile.ServerCoreProfile;
import eu.chargetime.ocpp.feature.profile.ServerSmartChargingProfile;
import eu.chargetime.ocpp.model.Confirmation;
import eu.chargetime.ocpp.model.Request;
import eu.chargetime.ocpp.model.SessionInformation;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.gridledger.mobility.ledger.ChargePointRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCPP 1.6J central system inside the DSO's node (eu.chargetime.ocpp's JSON server over
 * WebSocket, path {@code /ocpp/{identity}}, subprotocol {@code ocpp1.6}). A charge point connects
 * with HTTP Basic credentials (user: its identity; password: its authorization key, see {@link
 * OcppAuth}); an unknown identity or a wrong key is refused at the handshake (401), a connection
 * without credentials is closed. Core profile messages are handled by {@link CoreHandler}; this
 * class keeps the connections and sends the central system's requests (remote start and stop,
 * charging profiles). Thread-safe.
 */
public final class CentralSystem implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CentralSystem.class);

  private final JSONServer server;
  private final ChargingBackend backend;
  private final OcppRefusals refusals = new OcppRefusals();
  private final Map<InetSocketAddress, String> authenticated = new ConcurrentHashMap<>();
  private final Map<String, UUID> sessionOf = new ConcurrentHashMap<>();
  private final Map<UUID, String> identityOf = new ConcurrentHashMap<>();
  private final CoreHandler core;
  private volatile int port;

  public CentralSystem(ChargingBackend backend, Clock clock, Consumer<String> feederChanged) {
    this.backend = backend;
    this.core = new CoreHandler(this, backend, clock, refusals, feederChanged);
    JSONConfiguration config =
        JSONConfiguration.get()
            .setParameter(JSONConfiguration.REUSE_ADDR_PARAMETER, true)
            .setParameter(JSONConfiguration.TCP_NO_DELAY_PARAMETER, true)
            // the library's session map is not safe for several decoder threads (a session can be
            // lost at connect under load); one decoder thread carries thousands of chargers
            .setParameter(JSONConfiguration.WEBSOCKET_WORKER_COUNT, 1);
    this.server = new JSONServer(new ServerCoreProfile(core), config);
    server.addFeatureProfile(new ServerSmartChargingProfile());
  }

  /** Starts listening on {@code host:port} (0: a free port) and waits until it accepts. */
  public CentralSystem start(String host, int requestedPort) {
    int chosen = requestedPort == 0 ? freePort(host) : requestedPort;
    server.open(host, chosen, new Events());
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (true) {
      try (Socket probe = new Socket(host, chosen)) {
        LOG.debug("OCPP server accepts on {}", probe.getRemoteSocketAddress());
        break;
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the OCPP server did not open on port " + chosen, e);
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(ie);
        }
      }
    }
    this.port = chosen;
    LOG.info("OCPP 1.6J central system on ws://{}:{}/ocpp/{{identity}}", host, chosen);
    return this;
  }

  private static int freePort(String host) {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName(host))) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port for the OCPP server", e);
    }
  }

  public int port() {
    return port;
  }

  public OcppRefusals refusals() {
    return refusals;
  }

  /** The number of charge points connected now. */
  public int connected() {
    return sessionOf.size();
  }

  public boolean isConnected(String identity) {
    return sessionOf.containsKey(identity);
  }

  /** The transactions in progress at connected charge points. */
  public Collection<ActiveSession> activeSessions() {
    return core.active();
  }

  /** What the charge point last reported of its connector ("Available", "Charging", ...). */
  public Optional<String> status(String identity) {
    return core.status(identity);
  }

  /** Counts of what the central system received, by action. */
  public Map<String, Long> received() {
    return core.received();
  }

  String identityOf(UUID session) {
    return identityOf.get(session);
  }

  /** Sends a request to a connected charge point. */
  public CompletionStage<Confirmation> send(String identity, Request request) {
    UUID session = sessionOf.get(identity);
    if (session == null) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("charge point " + identity + " is not connected"));
    }
    try {
      return server.send(session, request);
    } catch (Exception e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Remote start for a driver's pseudonym on a connected charge point. */
  public CompletionStage<Confirmation> remoteStart(String identity, int connector, String idTag) {
    var request = new eu.chargetime.ocpp.model.core.RemoteStartTransactionRequest(idTag);
    request.setConnectorId(connector);
    return send(identity, request);
  }

  public CompletionStage<Confirmation> remoteStop(String identity, int transactionId) {
    return send(
        identity, new eu.chargetime.ocpp.model.core.RemoteStopTransactionRequest(transactionId));
  }

  /** Limits a transaction's charging rate (TxProfile in W); the session remembers the limit. */
  public CompletionStage<Confirmation> limit(ActiveSession session, long watts) {
    session.limitW(watts);
    return send(session.chargePointId(), Profiles.txLimit(session, watts));
  }

  /** Lifts the DSO's limit of a transaction (ClearChargingProfile of its TxProfile). */
  public CompletionStage<Confirmation> lift(ActiveSession session) {
    session.limitW(-1);
    return send(session.chargePointId(), Profiles.clear(session));
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (RuntimeException e) {
      LOG.debug("closing the OCPP server: {}", e.getMessage());
    }
  }

  static String identity(String resource) {
    if (resource == null) {
      return "";
    }
    String path = resource;
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    int slash = path.lastIndexOf('/');
    return java.net.URLDecoder.decode(
        path.substring(slash + 1), java.nio.charset.StandardCharsets.UTF_8);
  }

  private final class Events implements ServerEvents {
    @Override
    public void authenticateSession(SessionInformation info, String username, byte[] password)
        throws AuthenticationException {
      String identity = identity(info.getIdentifier());
      Optional<ChargePointRecord> cp = backend.chargePoint(identity);
      if (cp.isEmpty()) {
        refusals.add(OcppRefusals.Kind.UNKNOWN_IDENTITY, identity, "not a registered charge point");
        throw new AuthenticationException(401, "unknown charge point " + identity);
      }
      if (!identity.equals(username) || !OcppAuth.matches(password, cp.get().authKeyHash())) {
        refusals.add(
            OcppRefusals.Kind.BAD_CREDENTIALS, identity, "wrong user or authorization key");
        throw new AuthenticationException(401, "wrong credentials for " + identity);
      }
      authenticated.put(info.getAddress(), identity);
    }

    @Override
    public void newSession(UUID session, SessionInformation info) {
      String identity = identity(info.getIdentifier());
      String checked = authenticated.remove(info.getAddress());
      if (!identity.equals(checked)) {
        refusals.add(
            OcppRefusals.Kind.UNKNOWN_IDENTITY,
            identity,
            backend.chargePoint(identity).isEmpty()
                ? "not a registered charge point"
                : "connected without credentials");
        server.closeSession(session);
        return;
      }
      UUID previous = sessionOf.put(identity, session);
      identityOf.put(session, identity);
      if (previous != null && !previous.equals(session)) {
        identityOf.remove(previous);
        server.closeSession(previous);
      }
      LOG.debug("charge point {} connected", identity);
    }

    @Override
    public void lostSession(UUID session) {
      String identity = identityOf.remove(session);
      if (identity != null) {
        sessionOf.remove(identity, session);
        LOG.debug("charge point {} disconnected", identity);
      }
    }
  }
}
