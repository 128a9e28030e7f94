package org.gridledger.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.metering.energy.IntervalEnergy;
import org.gridledger.metering.energy.Quality;
import org.gridledger.metering.energy.SettlementReadiness;
import org.gridledger.metering.ingest.RawReading;
import org.gridledger.metering.reading.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntervalEnergyTest {
  private static final long MIN = 60_000;
  @TempDir Path dir;

  private static void read(
      MeteringFixture f, KeyPair k, String id, long seq, long t, long imp, long exp) {
    assertThat(
            f.metering
                .ingestor()
                .ingest(RawReading.http(Reading.of(id, seq, t, imp, exp).sign(k).encode()))
                .isAccepted())
        .isTrue();
  }

  @Test
  void readingsAtTheBoundariesGiveMeasuredEnergy() {
    try (MeteringFixture f = new MeteringFixture(dir, Clock.systemUTC())) {
      KeyPair k = f.meter("m", MeterKind.HOUSEHOLD, "F");
      long base = 1_700_000_000_000L / (15 * MIN) * (15 * MIN);
      for (int i = 0; i <= 6; i++) {
        read(f, k, "m", i, base + i * 5 * MIN, 100 * i, 10 * i);
      }
      f.block();
      IntervalEnergy e = f.metering.energy().energy("m", base, 15);
      assertThat(e.imported().wh()).isEqualTo(300);
      assertThat(e.exported().wh()).isEqualTo(30);
      assertThat(e.quality()).isEqualTo(Quality.MEASURED);
      assertThat(e.toMeterEnergy().estimated()).isFalse();
    }
  }

  @Test
  void aGapIsInterpolatedAndFlaggedAsAnEstimate() {
    try (MeteringFixture f = new MeteringFixture(dir, Clock.systemUTC())) {
      KeyPair k = f.meter("m", MeterKind.HOUSEHOLD, "F");
      long base = 1_700_000_000_000L / (15 * MIN) * (15 * MIN);
      read(f, k, "m", 0, base, 0, 0);
      read(f, k, "m", 1, base + 15 * MIN, 600, 0);
      // silent from +15 to +45 minutes: the boundary at +30 lies in a gap
      read(f, k, "m", 2, base + 45 * MIN, 1800, 60);
      read(f, k, "m", 3, base + 48 * MIN, 1830, 60);
      f.block();
      IntervalEnergy first = f.metering.energy().energy("m", base, 15);
      assertThat(first.imported().wh()).isEqualTo(600);
      assertThat(first.estimated()).isFalse();
      IntervalEnergy gap = f.metering.energy().energy("m", base + 15 * MIN, 15);
      assertThat(gap.imported().wh()).isEqualTo(600);
      assertThat(gap.exported().wh()).isEqualTo(30);
      assertThat(gap.quality()).isEqualTo(Quality.ESTIMATED);
      IntervalEnergy after = f.metering.energy().energy("m", base + 30 * MIN, 15);
      assertThat(after.imported().wh()).isEqualTo(600);
      assertThat(after.estimated()).isTrue();
      IntervalEnergy silent = f.metering.energy().energy("m", base + 60 * MIN, 15);
      assertThat(silent.imported().wh()).isZero();
      assertThat(silent.quality()).isEqualTo(Quality.ESTIMATED);
      assertThat(f.metering.energy().energy("nobody", base, 15).quality())
          .isEqualTo(Quality.MISSING);
    }
  }

  @Test
  void interpolationBetweenCloseReadingsCountsAsMeasured() {
    try (MeteringFixture f = new MeteringFixture(dir, Clock.systemUTC())) {
      KeyPair k = f.meter("m", MeterKind.HOUSEHOLD, "F");
      long base = 1_700_000_000_000L / (15 * MIN) * (15 * MIN);
      for (int i = 0; i <= 20; i++) {
        read(f, k, "m", i, base - 30_000 + i * MIN, 60L * i, 0);
      }
      f.block();
      IntervalEnergy e = f.metering.energy().energy("m", base, 15);
      assertThat(e.imported().wh()).isEqualTo(900);
      assertThat(e.quality()).isEqualTo(Quality.MEASURED);
    }
  }

  @Test
  void anIntervalIsReadyWhenEveryMeterReadPastItsEndOrTheDeadlinePassed() {
    try (MeteringFixture f = new MeteringFixture(dir, Clock.systemUTC())) {
      KeyPair a = f.meter("a", MeterKind.HOUSEHOLD, "F");
      f.meter("b", MeterKind.HOUSEHOLD, "F");
      long base = 1_700_000_000_000L / (15 * MIN) * (15 * MIN);
      read(f, a, "a", 0, base, 0, 0);
      read(f, a, "a", 1, base + 15 * MIN, 10, 0);
      f.block();
      SettlementReadiness r = f.metering.energy().readiness(base, 15, base + 20 * MIN);
      assertThat(r.complete()).isEqualTo(1);
      assertThat(r.waiting()).containsExactly("b");
      assertThat(r.ready()).isFalse();
      assertThat(f.metering.energy().readiness(base, 15, base + 90 * MIN).ready()).isTrue();
      assertThat(f.metering.energy().settlement(base, 15))
          .extracting(m -> m.meterId() + ":" + m.imported().wh() + ":" + m.estimated())
          .containsExactly("a:10:false", "b:0:true");
    }
  }
}
