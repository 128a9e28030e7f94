package org.gridledger.node.operator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridledger.flex.baseline.BaselineCalculator;
import org.gridledger.flex.baseline.MeterBaseline;
import org.gridledger.flex.ledger.Commitment;
import org.gridledger.flex.ledger.EventRecord;
import org.gridledger.flex.ledger.FlexState;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.pool.Admission;
import org.gridledger.ledger.pool.TxStatus;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrPerformance;
import org.gridledger.ledger.tx.SettleDrEvent;
import org.gridledger.metering.energy.IntervalEnergyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DSO's demand-response duty, run on its node at every tick: once an event's window has passed
 * and the readings of its last interval are in (or their deadline has passed), compute each
 * committed meter's baseline and measurement from the anchored readings and submit the event's
 * settlement. Each settlement is submitted once; a refused one is logged and tried again later.
 */
public final class FlexOperator {
  private static final Logger LOG = LoggerFactory.getLogger(FlexOperator.class);
  static final int RECENT_EVENTS = 1_000;

  private final StateReader state;
  private final DsoSigner signer;
  private final BaselineCalculator baselines;
  private final IntervalEnergyService energy;
  private final Set<String> submitted = new HashSet<>();

  public FlexOperator(
      StateReader state,
      DsoSigner signer,
      BaselineCalculator baselines,
      IntervalEnergyService energy) {
    this.state = state;
    this.signer = signer;
    this.baselines = baselines;
    this.energy = energy;
  }

  /** Does what is due at {@code now} (epoch milliseconds). */
  public synchronized void tick(long now) {
    List<String> ids = FlexState.eventIds(state);
    for (String id : ids.subList(Math.max(0, ids.size() - RECENT_EVENTS), ids.size())) {
      EventRecord event = FlexState.event(state, id).orElseThrow();
      CreateDrEvent e = event.event();
      if (event.status() != EventRecord.Status.SCHEDULED
          || now < e.windowEnd()
          || submitted.contains(id)
          || !energy
              .readiness(e.windowEnd() - e.intervalMillis(), e.intervalMinutes(), now)
              .ready()) {
        continue;
      }
      submit(id, settlement(event));
    }
  }

  /** The settlement of an event from the meters' history: one entry per active commitment. */
  public SettleDrEvent settlement(EventRecord event) {
    List<DrPerformance> meters = new ArrayList<>();
    for (Commitment c : FlexState.active(state, event.id())) {
      MeterBaseline b =
          baselines.compute(c.meterId(), event.event(), otherEventDays(c.meterId(), event.id()));
      meters.add(new DrPerformance(c.meterId(), b.intervals(), b.estimated()));
    }
    return new SettleDrEvent(event.id(), meters);
  }

  /** The days of the meter's other (not cancelled) events: not "similar days" of normal use. */
  private Set<LocalDate> otherEventDays(String meterId, String eventId) {
    Set<LocalDate> days = new HashSet<>();
    for (String other : FlexState.meterEvents(state, meterId)) {
      EventRecord e = FlexState.event(state, other).orElseThrow();
      boolean committed =
          FlexState.commitment(state, other, meterId).filter(Commitment::active).isPresent();
      if (!other.equals(eventId) && committed && e.status() != EventRecord.Status.CANCELLED) {
        days.add(BaselineCalculator.day(e.event().windowStart()));
        days.add(BaselineCalculator.day(e.event().windowEnd() - 1));
      }
    }
    return days;
  }

  private void submit(String id, SettleDrEvent settlement) {
    submitted.add(id);
    try {
      Admission admission = signer.submit(settlement);
      if (admission.outcome() instanceof Refusal r) {
        refused(id, r.message());
      } else {
        admission
            .settled()
            .thenAccept(
                status -> {
                  if (status instanceof TxStatus.Rejected rejected) {
                    refused(id, rejected.refusal().message());
                  }
                });
      }
    } catch (RuntimeException e) {
      refused(id, String.valueOf(e.getMessage()));
    }
  }

  private synchronized void refused(String id, String message) {
    submitted.remove(id);
    LOG.warn("settlement of demand-response event {} refused: {}", id, message);
  }
}
