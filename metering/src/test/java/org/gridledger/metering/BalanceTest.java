package org.gridledger.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.metering.balance.BalanceStatus;
import org.gridledger.metering.balance.FeederBalance;
import org.gridledger.metering.ingest.RawReading;
import org.gridledger.metering.reading.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feeder of five households and a head meter over eight 15-minute intervals; from the sixth an
 * unmetered load (household h3 bypassing its meter) draws 2 kWh an interval.
 */
class BalanceTest {
  private static final long MIN = 60_000;
  private static final long BASE = 1_700_000_000_000L / (15 * MIN) * (15 * MIN);
  @TempDir Path dir;

  @Test
  void anUnmeteredLoadRaisesANonTechnicalLossAlertAndTheBypassedMeterIsFlagged() {
    try (MeteringFixture f = new MeteringFixture(dir, Clock.systemUTC())) {
      Map<String, KeyPair> meters = new LinkedHashMap<>();
      meters.put("head", f.meter("head", MeterKind.FEEDER_HEAD, "F7"));
      for (int h = 1; h <= 5; h++) {
        meters.put("h" + h, f.meter("h" + h, MeterKind.HOUSEHOLD, "F7"));
      }
      meters.put("pv1", f.meter("pv1", MeterKind.PV, "F7"));
      Map<String, long[]> registers = new LinkedHashMap<>();
      meters.keySet().forEach(id -> registers.put(id, new long[2]));
      for (int i = 0; i <= 8; i++) {
        long t = BASE + i * 15 * MIN;
        for (var e : meters.entrySet()) {
          long[] reg = registers.get(e.getKey());
          f.metering
              .ingestor()
              .ingest(
                  RawReading.http(
                      Reading.of(e.getKey(), i, t, reg[0], reg[1]).sign(e.getValue()).encode()));
        }
        long households = 0;
        for (int h = 1; h <= 5; h++) {
          boolean bypassed = h == 3 && i >= 5;
          long use = bypassed ? 40 : 500 + 50 * h;
          registers.get("h" + h)[0] += use;
          households += use;
        }
        registers.get("h1")[1] += 100;
        registers.get("pv1")[1] += 300;
        long theft = i >= 5 ? 2000 : 0;
        long delivered = households - 100 + theft;
        registers.get("head")[0] += delivered * 1_000_000 / 960_000;
      }
      f.block();

      FeederBalance normal = f.metering.balance().balance("F7", BASE + 4 * 15 * MIN, 15);
      assertThat(normal.status()).isEqualTo(BalanceStatus.BALANCED);
      assertThat(normal.headMeters()).isEqualTo(1);
      assertThat(normal.downstreamMeters()).isEqualTo(5);
      assertThat(normal.anomalies()).isEmpty();
      assertThat(Math.abs(normal.unaccountedWh())).isLessThanOrEqualTo(normal.thresholdWh());

      FeederBalance theft = f.metering.balance().balance("F7", BASE + 6 * 15 * MIN, 15);
      assertThat(theft.status()).isEqualTo(BalanceStatus.NON_TECHNICAL_LOSS);
      assertThat(theft.unaccountedWh()).isBetween(1950L, 2050L);
      assertThat(theft.anomalies()).extracting(a -> a.meterId()).containsExactly("h3");

      List<FeederBalance> alerts = f.metering.balance().alerts(BASE, BASE + 8 * 15 * MIN, 15);
      assertThat(alerts)
          .extracting(FeederBalance::intervalStartMillis)
          .containsExactly(BASE + 5 * 15 * MIN, BASE + 6 * 15 * MIN, BASE + 7 * 15 * MIN);
      assertThat(alerts).allMatch(b -> b.status() == BalanceStatus.NON_TECHNICAL_LOSS);
    }
  }
}
