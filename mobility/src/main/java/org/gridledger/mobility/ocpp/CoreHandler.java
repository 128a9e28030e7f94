package org.gridledger.mobility.ocpp;

import eu.chargetime.ocpp.feature.profile.ServerCoreEventHandler;
import eu.chargetime.ocpp.model.core.AuthorizationStatus;
import eu.chargetime.ocpp.model.core.AuthorizeConfirmation;
import eu.chargetime.ocpp.model.core.AuthorizeRequest;
import eu.chargetime.ocpp.model.core.BootNotificationConfirmation;
import eu.chargetime.ocpp.model.core.BootNotificationRequest;
import eu.chargetime.ocpp.model.core.DataTransferConfirmation;
import eu.chargetime.ocpp.model.core.DataTransferRequest;
import eu.chargetime.ocpp.model.core.DataTransferStatus;
import eu.chargetime.ocpp.model.core.HeartbeatConfirmation;
import eu.chargetime.ocpp.model.core.HeartbeatRequest;
import eu.chargetime.ocpp.model.core.IdTagInfo;
import eu.chargetime.ocpp.model.core.MeterValue;
import eu.chargetime.ocpp.model.core.MeterValuesConfirmation;
import eu.chargetime.ocpp.model.core.MeterValuesRequest;
import eu.chargetime.ocpp.model.core.RegistrationStatus;
import eu.chargetime.ocpp.model.core.SampledValue;
import eu.chargetime.ocpp.model.core.StartTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StartTransactionRequest;
import eu.chargetime.ocpp.model.core.StatusNotificationConfirmation;
import eu.chargetime.ocpp.model.core.StatusNotificationRequest;
import eu.chargetime.ocpp.model.core.StopTransactionConfirmation;
import eu.chargetime.ocpp.model.core.StopTransactionRequest;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.gridledger.ledger.tx.SettleCharging;
import org.gridledger.ledger.tx.StartCharging;
import org.gridledger.ledger.units.Price;
import org.gridledger.mobility.ledger.ChargePointRecord;

/**
 * The core profile of the central system. Authorize and StartTransaction accept an idTag only if it
 * is a driver's current pseudonym and the charge point is not booked by another now; a start is
 * recorded on the ledger (StartCharging) and a stop settled there (SettleCharging) from the charge
 * point's energy register. MeterValues update the session's register and power; a register going
 * backwards or values for an unknown transaction are refused (logged, counted, ignored: OCPP's
 * MeterValues.conf has no status). A StopTransaction without a start answers idTagInfo Invalid.
 */
final class CoreHandler implements ServerCoreEventHandler {
  static final int HEARTBEAT_SECONDS = 300;

  private final CentralSystem system;
  private final ChargingBackend backend;
  private final Clock clock;
  private final OcppRefusals refusals;
  private final Consumer<String> feederChanged;
  private final Map<Integer, ActiveSession> active = new ConcurrentHashMap<>();
  private final Map<String, String> status = new ConcurrentHashMap<>();
  private final Map<String, LongAdder> received = new ConcurrentHashMap<>();
  private final AtomicInteger nextTransaction;

  CoreHandler(
      CentralSystem system,
      ChargingBackend backend,
      Clock clock,
      OcppRefusals refusals,
      Consumer<String> feederChanged) {
    this.system = system;
    this.backend = backend;
    this.clock = clock;
    this.refusals = refusals;
    this.feederChanged = feederChanged;
    this.nextTransaction = new AtomicInteger(backend.lastTransactionId());
  }

  Collection<ActiveSession> active() {
    return List.copyOf(active.values());
  }

  Optional<String> status(String identity) {
    return Optional.ofNullable(status.get(identity));
  }

  Map<String, Long> received() {
    Map<String, Long> out = new java.util.TreeMap<>();
    received.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }

  private String count(UUID session, String action) {
    received.computeIfAbsent(action, a -> new LongAdder()).increment();
    return system.identityOf(session);
  }

  private ZonedDateTime now() {
    return ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  @Override
  public BootNotificationConfirmation handleBootNotificationRequest(
      UUID session, BootNotificationRequest request) {
    String id = count(session, "BootNotification");
    RegistrationStatus answer =
        id != null && backend.chargePoint(id).isPresent()
            ? RegistrationStatus.Accepted
            : RegistrationStatus.Rejected;
    return new BootNotificationConfirmation(now(), HEARTBEAT_SECONDS, answer);
  }

  @Override
  public HeartbeatConfirmation handleHeartbeatRequest(UUID session, HeartbeatRequest request) {
    count(session, "Heartbeat");
    return new HeartbeatConfirmation(now());
  }

  @Override
  public StatusNotificationConfirmation handleStatusNotificationRequest(
      UUID session, StatusNotificationRequest request) {
    String id = count(session, "StatusNotification");
    if (id != null && request.getStatus() != null) {
      status.put(id, request.getStatus().name());
    }
    return new StatusNotificationConfirmation();
  }

  @Override
  public AuthorizeConfirmation handleAuthorizeRequest(UUID session, AuthorizeRequest request) {
    String id = count(session, "Authorize");
    return new AuthorizeConfirmation(new IdTagInfo(check(id, request.getIdTag(), clock.millis())));
  }

  private AuthorizationStatus check(String cp, String idTag, long at) {
    var pseudonym = backend.pseudonym(idTag);
    if (pseudonym.isEmpty()) {
      refusals.add(OcppRefusals.Kind.UNKNOWN_ID_TAG, cp, "idTag " + idTag + " is unknown");
      return AuthorizationStatus.Invalid;
    }
    if (pseudonym.get().retired()) {
      refusals.add(OcppRefusals.Kind.UNKNOWN_ID_TAG, cp, "idTag " + idTag + " was retired");
      return AuthorizationStatus.Expired;
    }
    var booking = backend.bookingAt(cp, at);
    if (booking.isPresent() && !booking.get().pseudonym().equals(idTag)) {
      refusals.add(
          OcppRefusals.Kind.BOOKED_BY_ANOTHER, cp, "the charge point is booked by another driver");
      return AuthorizationStatus.Blocked;
    }
    return AuthorizationStatus.Accepted;
  }

  @Override
  public StartTransactionConfirmation handleStartTransactionRequest(
      UUID session, StartTransactionRequest request) {
    String id = count(session, "StartTransaction");
    long at =
        request.getTimestamp() == null
            ? clock.millis()
            : request.getTimestamp().toInstant().toEpochMilli();
    Optional<ChargePointRecord> cp = id == null ? Optional.empty() : backend.chargePoint(id);
    AuthorizationStatus verdict =
        cp.isEmpty() ? AuthorizationStatus.Invalid : check(id, request.getIdTag(), at);
    int tx = nextTransaction.incrementAndGet();
    if (verdict != AuthorizationStatus.Accepted) {
      return new StartTransactionConfirmation(new IdTagInfo(verdict), tx);
    }
    long meterStart = Math.max(0, request.getMeterStart());
    ActiveSession s =
        new ActiveSession(
            id,
            cp.get().feeder(),
            request.getConnectorId(),
            tx,
            request.getIdTag(),
            at,
            meterStart,
            cp.get().maxPowerW());
    active.put(tx, s);
    backend.submit(new StartCharging(id, tx, request.getIdTag(), at, meterStart));
    feederChanged.accept(s.feeder());
    return new StartTransactionConfirmation(new IdTagInfo(AuthorizationStatus.Accepted), tx);
  }

  @Override
  public MeterValuesConfirmation handleMeterValuesRequest(
      UUID session, MeterValuesRequest request) {
    String id = count(session, "MeterValues");
    Integer tx = request.getTransactionId();
    ActiveSession s = tx == null ? null : active.get(tx);
    if (s == null || !s.chargePointId().equals(id)) {
      if (tx != null) {
        refusals.add(
            OcppRefusals.Kind.METER_UNKNOWN_TRANSACTION, id, "meter values for transaction " + tx);
      }
      return new MeterValuesConfirmation();
    }
    for (MeterValue value : request.getMeterValue()) {
      for (SampledValue sample : value.getSampledValue()) {
        apply(s, sample);
      }
    }
    return new MeterValuesConfirmation();
  }

  private void apply(ActiveSession s, SampledValue sample) {
    String measurand = sample.getMeasurand();
    long v;
    try {
      v =
          Math.round(
              Double.parseDouble(sample.getValue())
                  * ("kWh".equals(sample.getUnit()) || "kW".equals(sample.getUnit()) ? 1000 : 1));
    } catch (NumberFormatException e) {
      refusals.add(OcppRefusals.Kind.UNSUPPORTED, s.chargePointId(), "value " + sample.getValue());
      return;
    }
    if (measurand == null || measurand.equals("Energy.Active.Import.Register")) {
      if (v < s.lastWh()) {
        refusals.add(
            OcppRefusals.Kind.METER_BACKWARDS,
            s.chargePointId(),
            "register "
                + v
                + " Wh is below the last "
                + s.lastWh()
                + " Wh of transaction "
                + s.transactionId());
        return;
      }
      s.lastWh(v);
    } else if (measurand.equals("Power.Active.Import")) {
      s.powerW(Math.max(0, v));
    }
  }

  @Override
  public StopTransactionConfirmation handleStopTransactionRequest(
      UUID session, StopTransactionRequest request) {
    String id = count(session, "StopTransaction");
    ActiveSession s = active.get(request.getTransactionId());
    StopTransactionConfirmation answer = new StopTransactionConfirmation();
    if (s == null || !s.chargePointId().equals(id)) {
      refusals.add(
          OcppRefusals.Kind.STOP_WITHOUT_START,
          id,
          "StopTransaction of transaction "
              + request.getTransactionId()
              + " that never started here");
      answer.setIdTagInfo(new IdTagInfo(AuthorizationStatus.Invalid));
      return answer;
    }
    active.remove(request.getTransactionId());
    long stopWh = request.getMeterStop();
    if (stopWh < s.lastWh()) {
      refusals.add(
          OcppRefusals.Kind.METER_BACKWARDS,
          id,
          "meterStop "
              + stopWh
              + " Wh is below the last register "
              + s.lastWh()
              + " Wh; settling on the latter");
      stopWh = s.lastWh();
    }
    long at =
        request.getTimestamp() == null
            ? clock.millis()
            : request.getTimestamp().toInstant().toEpochMilli();
    at = Math.max(at, s.startMillis());
    ChargePointRecord cp = backend.chargePoint(id).orElseThrow();
    String reason = request.getReason() == null ? "Local" : request.getReason().name();
    backend.submit(
        new SettleCharging(
            id,
            s.transactionId(),
            at,
            stopWh,
            Price.microsPerKwh(Math.min(SettleCharging.MAX_FEE, backend.feePerKwh(cp))),
            reason));
    feederChanged.accept(s.feeder());
    answer.setIdTagInfo(new IdTagInfo(AuthorizationStatus.Accepted));
    return answer;
  }

  @Override
  public DataTransferConfirmation handleDataTransferRequest(
      UUID session, DataTransferRequest request) {
    String id = count(session, "DataTransfer");
    refusals.add(
        OcppRefusals.Kind.UNSUPPORTED, id, "DataTransfer from vendor " + request.getVendorId());
    return new DataTransferConfirmation(DataTransferStatus.UnknownVendorId);
  }
}
