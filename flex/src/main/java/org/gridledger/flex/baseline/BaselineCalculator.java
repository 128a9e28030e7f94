package org.gridledger.flex.baseline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrInterval;

/**
 * Computes a meter's baseline for an event from its metered history, as documented in {@code
 * flex/README.md}: the similar days are the most recent days before the event's (UTC) day of the
 * same kind (Monday–Friday, or Saturday–Sunday), going back at most {@link #LOOKBACK_DAYS}, that
 * are not excluded (days of the meter's other events) and whose window and adjustment window were
 * measured (no estimate); the first 10 are used. The adjustment window is the two hours ending one
 * hour before the event starts. Deterministic for a deterministic history.
 */
public final class BaselineCalculator {
  public static final int LOOKBACK_DAYS = 30;
  public static final long ADJUSTMENT_START_BEFORE = 3 * 3_600_000L;
  public static final long ADJUSTMENT_MINUTES = 120;
  private static final long DAY = 86_400_000L;

  private final MeterHistory history;

  public BaselineCalculator(MeterHistory history) {
    this.history = history;
  }

  public MeterBaseline compute(String meterId, CreateDrEvent e, Set<LocalDate> excludedDays) {
    int n = e.intervals();
    List<DayProfile> days = new ArrayList<>();
    LocalDate eventDay = day(e.windowStart());
    for (int back = 1; back <= LOOKBACK_DAYS && days.size() < Baselines.DAYS; back++) {
      long shift = back * DAY;
      LocalDate day = day(e.windowStart() - shift);
      if (weekend(day) != weekend(eventDay) || excludedDays.contains(day)) {
        continue;
      }
      profile(meterId, e, e.windowStart() - shift, day).ifPresent(days::add);
    }
    MeterHistory.NetEnergy adjustment =
        history.net(meterId, e.windowStart() - ADJUSTMENT_START_BEFORE, ADJUSTMENT_MINUTES);
    long[] baseline =
        switch (e.baseline()) {
          case HIGH_5_OF_10 -> Baselines.high5of10(days, n, adjustment.wh());
          case AVERAGE_10 -> Baselines.average10(days, n);
        };
    boolean estimated = days.size() < Baselines.DAYS;
    if (e.baseline() == org.gridledger.ledger.tx.BaselineMethod.HIGH_5_OF_10) {
      estimated |= !adjustment.measured();
    }
    List<DrInterval> intervals = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      MeterHistory.NetEnergy m =
          history.net(meterId, e.windowStart() + i * e.intervalMillis(), e.intervalMinutes());
      estimated |= !m.measured();
      intervals.add(new DrInterval(baseline[i], m.wh()));
    }
    return new MeterBaseline(
        meterId, intervals, days.stream().map(DayProfile::day).toList(), estimated);
  }

  private java.util.Optional<DayProfile> profile(
      String meterId, CreateDrEvent e, long start, LocalDate day) {
    long[] window = new long[e.intervals()];
    for (int i = 0; i < window.length; i++) {
      MeterHistory.NetEnergy v =
          history.net(meterId, start + i * e.intervalMillis(), e.intervalMinutes());
      if (!v.measured()) {
        return java.util.Optional.empty();
      }
      window[i] = v.wh();
    }
    MeterHistory.NetEnergy adj =
        history.net(meterId, start - ADJUSTMENT_START_BEFORE, ADJUSTMENT_MINUTES);
    if (!adj.measured() && e.baseline() == org.gridledger.ledger.tx.BaselineMethod.HIGH_5_OF_10) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new DayProfile(day, window, adj.wh()));
  }

  /** The UTC day of an instant. */
  public static LocalDate day(long millis) {
    return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
