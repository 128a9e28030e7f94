package org.gridledger.node.operator;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.pool.Admission;
import org.gridledger.ledger.pool.TxStatus;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.tx.ClearInterval;
import org.gridledger.ledger.tx.MarketParams;
import org.gridledger.ledger.tx.MeterEnergy;
import org.gridledger.ledger.tx.SettleInterval;
import org.gridledger.market.ledger.IntervalRecord;
import org.gridledger.market.ledger.MarketState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DSO's market duties, run on its node at every tick: clear each interval whose gate has
 * closed, judge each cleared interval with a grid verdict before delivery, and settle each interval
 * once delivered and its readings are in (or their deadline passed). Looks back over a bounded
 * window of intervals, so a restarted node picks up where it stopped. Each duty is submitted once
 * per interval; a refused or rejected one is logged and tried again at a later tick.
 */
public final class MarketOperator {
  private static final Logger LOG = LoggerFactory.getLogger(MarketOperator.class);
  static final long LOOKBACK_MILLIS = 6 * 3_600_000L;

  private final StateReader state;
  private final DsoSigner signer;
  private final VerdictMaker verdicts;
  private final MeterEnergySource meters;
  private final Set<String> submitted = new HashSet<>();

  public MarketOperator(
      StateReader state, DsoSigner signer, VerdictMaker verdicts, MeterEnergySource meters) {
    this.state = state;
    this.signer = signer;
    this.verdicts = verdicts;
    this.meters = meters;
  }

  /** Does what is due at {@code now} (epoch milliseconds). */
  public synchronized void tick(long now) {
    MarketParams p = MarketState.params(state);
    long length = p.intervalMillis();
    long gateLead = p.gateClosureMinutes() * 60_000L;
    long latest = Math.floorDiv(now + gateLead, length) * length;
    long first = latest - Math.floorDiv(LOOKBACK_MILLIS, length) * length;
    for (long start = first; start <= latest; start += length) {
      act(MarketState.interval(state, start), p, now);
    }
  }

  private void act(IntervalRecord interval, MarketParams p, long now) {
    long start = interval.start();
    long length = p.intervalMillis();
    boolean delivered = now >= start + length;
    switch (interval.stage()) {
      case OPEN -> {
        if (interval.orders() > 0
            && !delivered
            && now >= start - p.gateClosureMinutes() * 60_000L) {
          once("clear", start, () -> signer.submit(new ClearInterval(start)));
        } else if (delivered) {
          settle(interval, p, now);
        }
      }
      case CLEARED -> {
        if (now < start) {
          once("verdict", start, () -> signer.submit(verdict(start, p)));
        } else if (delivered) {
          settle(interval, p, now);
        }
      }
      case FIRM -> {
        if (delivered) {
          settle(interval, p, now);
        }
      }
      case SETTLED -> {}
    }
  }

  /**
   * The verdict on the interval at {@code start}, judged before it begins: the base case is the
   * last interval fully over by then, the one before the interval before it (a persistence
   * forecast; the interval just before is still under way at gate closure).
   */
  private org.gridledger.ledger.tx.GridVerdict verdict(long start, MarketParams p) {
    long length = p.intervalMillis();
    return verdicts.verdict(
        start,
        MarketState.trades(state, start),
        p,
        meters.netInjectionByBus(start - 2 * length, length));
  }

  private void settle(IntervalRecord interval, MarketParams p, long now) {
    long start = interval.start();
    if (!meters.ready(start, p.intervalMillis(), now)) {
      return;
    }
    List<MeterEnergy> energies = meters.energies(start, p.intervalMillis());
    if (energies.isEmpty() && interval.orders() == 0) {
      return;
    }
    once("settle", start, () -> signer.submit(new SettleInterval(start, energies)));
  }

  private void once(String duty, long start, Supplier<Admission> submit) {
    if (!submitted.add(duty + start)) {
      return;
    }
    try {
      Admission admission = submit.get();
      if (admission.outcome() instanceof Refusal r) {
        refused(duty, start, r);
      } else {
        admission
            .settled()
            .thenAccept(
                status -> {
                  if (status instanceof TxStatus.Rejected rejected) {
                    refused(duty, start, rejected.refusal());
                  }
                });
      }
    } catch (RuntimeException e) {
      refused(
          duty,
          start,
          Refusal.of(
              org.gridledger.ledger.exec.Reason.INVALID_PAYLOAD, String.valueOf(e.getMessage())));
    }
  }

  private synchronized void refused(String duty, long start, Refusal r) {
    submitted.remove(duty + start);
    LOG.warn("{} of interval {} refused: {}", duty, Instant.ofEpochMilli(start), r.message());
  }
}
