package org.gridledger.mobility.ocpp;

import java.util.Optional;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.tx.BookCharging;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.mobility.ledger.BookingPolicy;
import org.gridledger.mobility.ledger.BookingRecord;
import org.gridledger.mobility.ledger.ChargePointRecord;
import org.gridledger.mobility.ledger.MobilityState;
import org.gridledger.mobility.ledger.PseudonymRecord;

/**
 * What the central system needs of the node: the ledger's committed state, the DSO's network fee
 * for a charge point, and a way to submit the DSO's transactions (asynchronously; the node logs
 * refusals).
 */
public final class ChargingBackend {
  /** Submits one DSO-signed transaction. */
  public interface Submitter {
    void submit(Payload payload);
  }

  /** The DSO's network fee (µ/kWh) for energy delivered to a charge point. */
  public interface FeeTable {
    long feePerKwh(ChargePointRecord cp);
  }

  private final StateReader state;
  private final Submitter submitter;
  private final FeeTable fees;

  public ChargingBackend(StateReader state, Submitter submitter, FeeTable fees) {
    this.state = state;
    this.submitter = submitter;
    this.fees = fees;
  }

  public StateReader state() {
    return state;
  }

  public Optional<ChargePointRecord> chargePoint(String id) {
    return MobilityState.chargePoint(state, id);
  }

  public Optional<PseudonymRecord> pseudonym(String token) {
    return MobilityState.pseudonym(state, token);
  }

  /** The booking of {@code cp} that a session starting at {@code t} would fulfil, if any. */
  public Optional<BookingRecord> bookingAt(String cp, long t) {
    for (long at : new long[] {t, t + BookCharging.SLOT_MILLIS}) {
      Optional<Hash> id =
          MobilityState.slot(state, cp, Math.floorDiv(at, BookCharging.SLOT_MILLIS));
      if (id.isPresent()) {
        Optional<BookingRecord> b = MobilityState.booking(state, id.get());
        if (b.isPresent()
            && b.get().status() == BookingRecord.Status.BOOKED
            && t >= b.get().start() - BookingPolicy.GRACE_MILLIS) {
          return b;
        }
      }
    }
    return Optional.empty();
  }

  public int lastTransactionId() {
    return MobilityState.lastTransactionId(state);
  }

  public long feePerKwh(ChargePointRecord cp) {
    return fees.feePerKwh(cp);
  }

  public void submit(Payload payload) {
    submitter.submit(payload);
  }
}
