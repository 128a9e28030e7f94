package org.gridledger.market.interval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IntervalScheduleTest {

  private static final IntervalSchedule QUARTERS = IntervalSchedule.defaults();

  @Test
  void intervalsAreAlignedOnTheEpoch() {
    MarketInterval interval = QUARTERS.intervalAt(Instant.parse("2026-01-01T10:07:31.500Z"));

    assertThat(interval.start()).isEqualTo(Instant.parse("2026-01-01T10:00:00Z"));
    assertThat(interval.end()).isEqualTo(Instant.parse("2026-01-01T10:15:00Z"));
    assertThat(interval.gateClosure()).isEqualTo(Instant.parse("2026-01-01T09:55:00Z"));
    assertThat(interval.opensAt()).isEqualTo(Instant.parse("2025-12-31T10:00:00Z"));
    assertThat(interval.index()).isEqualTo(interval.start().toEpochMilli() / 900_000);
    assertThat(interval.lengthMillis()).isEqualTo(900_000);
  }

  @Test
  void theStartBelongsToItsIntervalAndTheEndToTheNext() {
    Instant start = Instant.parse("2026-01-01T10:15:00Z");

    assertThat(QUARTERS.indexAt(start)).isEqualTo(QUARTERS.indexAt(start.minusMillis(1)) + 1);
    assertThat(QUARTERS.interval(QUARTERS.indexAt(start)).start()).isEqualTo(start);
  }

  @Test
  void timesBeforeTheEpochRoundDown() {
    assertThat(QUARTERS.indexAt(Instant.ofEpochMilli(-1))).isEqualTo(-1);
    assertThat(QUARTERS.interval(-1).start()).isEqualTo(Instant.ofEpochMilli(-900_000));
  }

  @Test
  void theOpenIntervalsRunFromTheNextGateToTheHorizon() {
    Instant now = Instant.parse("2026-01-01T09:55:00Z");
    long current = QUARTERS.indexAt(now);

    assertThat(QUARTERS.firstOpenIndex(now)).isEqualTo(current + 2);
    assertThat(QUARTERS.firstOpenIndex(now.minusMillis(1))).isEqualTo(current + 1);
    assertThat(QUARTERS.lastOpenIndex(now)).isEqualTo(current + 96);
    assertThat(QUARTERS.isOpen(current + 1, now)).isFalse();
    assertThat(QUARTERS.isOpen(current + 2, now)).isTrue();
    assertThat(QUARTERS.isOpen(current + 97, now)).isFalse();
    for (long k = current; k <= current + 98; k++) {
      assertThat(QUARTERS.interval(k).acceptsOrdersAt(now)).isEqualTo(QUARTERS.isOpen(k, now));
    }
  }

  @Test
  void lengthLeadAndHorizonAreConfigurable() {
    IntervalSchedule hourly =
        new IntervalSchedule(Duration.ofHours(1), Duration.ZERO, Duration.ofHours(2));
    MarketInterval interval = hourly.intervalAt(Instant.parse("2026-01-01T10:30:00Z"));

    assertThat(interval.gateClosure()).isEqualTo(interval.start());
    assertThat(interval.opensAt()).isEqualTo(Instant.parse("2026-01-01T08:00:00Z"));
  }

  @Test
  void refusesNonsensicalSchedules() {
    assertThatThrownBy(
            () -> new IntervalSchedule(Duration.ZERO, Duration.ZERO, Duration.ofHours(1)))
        .hasMessageContaining("length");
    assertThatThrownBy(
            () -> new IntervalSchedule(Duration.ofNanos(1), Duration.ZERO, Duration.ofHours(1)))
        .hasMessageContaining("length");
    assertThatThrownBy(
            () ->
                new IntervalSchedule(
                    Duration.ofMinutes(15), Duration.ofMinutes(-1), Duration.ofHours(1)))
        .hasMessageContaining("gateClosureLead");
    assertThatThrownBy(
            () ->
                new IntervalSchedule(
                    Duration.ofMinutes(15), Duration.ofMinutes(5), Duration.ofMinutes(5)))
        .hasMessageContaining("horizon");
  }
}
