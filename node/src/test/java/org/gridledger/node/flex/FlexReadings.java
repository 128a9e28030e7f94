package org.gridledger.node.flex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.tx.RegisterMeter;
import org.gridledger.metering.reading.Reading;
import org.gridledger.node.Http;
import org.gridledger.node.TestNode;

/**
 * The signed readings of the test's household meters: ten weekdays of history (2 to 13 March 2026)
 * and the event day, each day read at 14:00 and 16:00 (the adjustment window) and every quarter
 * hour from 17:00 to 18:00 (the event window). Meter i's consumption on the k-th weekday back (k =
 * 0 for 13 March) is {@link #history(int, int, int)}, the same figures as the hand computation in
 * {@code flex/README.md}.
 */
final class FlexReadings {
  static final List<LocalDate> WEEKDAYS =
      List.of(
          LocalDate.of(2026, 3, 13),
          LocalDate.of(2026, 3, 12),
          LocalDate.of(2026, 3, 11),
          LocalDate.of(2026, 3, 10),
          LocalDate.of(2026, 3, 9),
          LocalDate.of(2026, 3, 6),
          LocalDate.of(2026, 3, 5),
          LocalDate.of(2026, 3, 4),
          LocalDate.of(2026, 3, 3),
          LocalDate.of(2026, 3, 2));
  static final long[] EVENT_DAY_ADJUSTMENT = {1650, 5000, 700};

  private final TestNode node;
  private final Map<String, KeyPair> keys = new LinkedHashMap<>();
  private final Map<String, long[]> state = new LinkedHashMap<>(); // sequence, register

  FlexReadings(TestNode node) {
    this.node = node;
  }

  void meter(String id, KeyPair owner, String bus) {
    KeyPair key = KeyPair.generate();
    node.client()
        .sign(
            node.dso(),
            new RegisterMeter(
                id, key.publicKey(), owner.publicKey(), bus, MeterKind.HOUSEHOLD, "F1"),
            true);
    keys.put(id, key);
    state.put(id, new long[] {0, 100_000});
  }

  /** Consumption (Wh) of meter {@code m} in interval {@code i} of the k-th weekday back. */
  static long history(int m, int k, int i) {
    return switch (m) {
      case 0 -> 300 + ((k * 37 + i * 11) % 90) + 20 * i;
      case 1 -> 800 + ((k * 29 + i * 13) % 150);
      default -> 500 + ((k * 17 + i * 7) % 60);
    };
  }

  /** Consumption over the adjustment window (14:00 to 16:00) of the k-th weekday back. */
  static long adjustment(int m, int k) {
    return switch (m) {
      case 0 -> 1500 + (k * 53 % 200);
      case 1 -> 3000 + (k * 71 % 400);
      default -> 1000 + (k * 31 % 100);
    };
  }

  void history() throws Exception {
    List<byte[]> batch = new ArrayList<>();
    for (int k = WEEKDAYS.size() - 1; k >= 0; k--) {
      int kk = k;
      day(batch, WEEKDAYS.get(k), m -> adjustment(m, kk), (m, i) -> history(m, kk, i));
    }
    post(batch);
  }

  void eventDay(long[][] measured) throws Exception {
    List<byte[]> batch = new ArrayList<>();
    day(batch, LocalDate.of(2026, 3, 16), m -> EVENT_DAY_ADJUSTMENT[m], (m, i) -> measured[m][i]);
    post(batch);
  }

  private void day(
      List<byte[]> batch,
      LocalDate day,
      java.util.function.IntToLongFunction adj,
      java.util.function.BiFunction<Integer, Integer, Long> window) {
    Instant at1400 = day.atTime(14, 0).toInstant(ZoneOffset.UTC);
    int m = 0;
    for (Map.Entry<String, KeyPair> meter : keys.entrySet()) {
      long[] s = state.get(meter.getKey());
      s[1] += 5_000; // the night and morning before
      read(batch, meter, s, at1400);
      s[1] += adj.applyAsLong(m);
      read(batch, meter, s, at1400.plusSeconds(2 * 3600));
      s[1] += 300;
      read(batch, meter, s, at1400.plusSeconds(3 * 3600));
      for (int i = 0; i < 4; i++) {
        s[1] += window.apply(m, i);
        read(batch, meter, s, at1400.plusSeconds(3 * 3600 + (i + 1) * 900L));
      }
      m++;
    }
  }

  private static void read(
      List<byte[]> batch, Map.Entry<String, KeyPair> meter, long[] s, Instant at) {
    batch.add(
        Reading.of(meter.getKey(), s[0]++, at.toEpochMilli(), s[1], 0)
            .sign(meter.getValue())
            .encode());
  }

  private void post(List<byte[]> readings) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] r : readings) {
      body.write(r.length >>> 8);
      body.write(r.length);
      body.write(r);
    }
    Http.Answer answer =
        Http.post(
            node.uri(),
            "api/v1/meters/readings?wait=true",
            "application/octet-stream",
            body.toByteArray());
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    assertThat(answer.body().get("accepted").asInt())
        .as(answer.body().toString())
        .isEqualTo(readings.size());
  }
}
