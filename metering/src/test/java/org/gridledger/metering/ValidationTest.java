package org.gridledger.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.Signature;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.metering.ingest.IngestListener;
import org.gridledger.metering.ingest.RawReading;
import org.gridledger.metering.ingest.ReadingRefusal;
import org.gridledger.metering.ingest.ReadingResult;
import org.gridledger.metering.ingest.RefusalReason;
import org.gridledger.metering.ingest.Source;
import org.gridledger.metering.reading.Reading;
import org.gridledger.metering.reading.ReadingJson;
import org.gridledger.metering.reading.SignedReading;
import org.gridledger.metering.store.RefusedLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every refusal, with its reason, recorded and counted; the good readings around it still pass. */
class ValidationTest {
  @TempDir Path dir;
  MeteringFixture f;
  KeyPair key;
  long t;
  final Map<RefusalReason, Integer> counted = new EnumMap<>(RefusalReason.class);

  @BeforeEach
  void start() {
    IngestListener counter =
        new IngestListener() {
          @Override
          public void refused(Source source, RefusalReason reason) {
            counted.merge(reason, 1, Integer::sum);
          }
        };
    f = new MeteringFixture(dir, Clock.systemUTC(), MeteringConfig.defaults(), counter);
    key = f.meter("m-1", MeterKind.HOUSEHOLD, "F1");
    t = System.currentTimeMillis() - 3_600_000;
    assertThat(ingest(Reading.of("m-1", 10, t, 1000, 500).sign(key).encode()).isAccepted())
        .isTrue();
  }

  @AfterEach
  void stop() {
    f.close();
  }

  private ReadingResult ingest(byte[] bytes) {
    return f.metering.ingestor().ingest(RawReading.http(bytes));
  }

  private RefusalReason refused(byte[] bytes) {
    ReadingResult result = ingest(bytes);
    assertThat(result).isInstanceOf(ReadingRefusal.class);
    return ((ReadingRefusal) result).reason();
  }

  @Test
  void unsignedOrWronglySignedReadingsAreRefused() {
    Reading r = Reading.of("m-1", 11, t + 1000, 1001, 500);
    SignedReading unsigned = new SignedReading(r, Signature.wrap(new byte[64]));
    assertThat(refused(unsigned.encode())).isEqualTo(RefusalReason.BAD_SIGNATURE);
    assertThat(refused(r.sign(KeyPair.generate()).encode())).isEqualTo(RefusalReason.BAD_SIGNATURE);
    assertThat(refused(ReadingJson.toBytes(r.sign(KeyPair.generate()))))
        .isEqualTo(RefusalReason.BAD_SIGNATURE);
    byte[] json = ReadingJson.toBytes(r.sign(key));
    String text =
        new String(json, StandardCharsets.UTF_8)
            .replace("\"import_wh\":1001", "\"import_wh\":9001");
    assertThat(refused(text.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(RefusalReason.BAD_SIGNATURE);
    assertThat(ingest(json).isAccepted()).isTrue();
  }

  @Test
  void unknownMetersAreRefused() {
    assertThat(refused(Reading.of("m-9", 1, t, 1, 1).sign(key).encode()))
        .isEqualTo(RefusalReason.UNKNOWN_METER);
  }

  @Test
  void replayedSequencesAndDuplicatesAreRefused() {
    byte[] first = Reading.of("m-1", 10, t, 1000, 500).sign(key).encode();
    assertThat(refused(first)).isEqualTo(RefusalReason.DUPLICATE);
    assertThat(refused(Reading.of("m-1", 10, t + 5, 1000, 500).sign(key).encode()))
        .isEqualTo(RefusalReason.REPLAYED_SEQUENCE);
    assertThat(refused(Reading.of("m-1", 3, t + 9, 2000, 900).sign(key).encode()))
        .isEqualTo(RefusalReason.REPLAYED_SEQUENCE);
    f.block();
    assertThat(refused(first)).isEqualTo(RefusalReason.DUPLICATE);
  }

  @Test
  void decreasingRegistersAndTimeGoingBackAreRefused() {
    assertThat(refused(Reading.of("m-1", 11, t + 1000, 999, 500).sign(key).encode()))
        .isEqualTo(RefusalReason.DECREASING_REGISTER);
    assertThat(refused(Reading.of("m-1", 11, t + 1000, 1000, 499).sign(key).encode()))
        .isEqualTo(RefusalReason.DECREASING_REGISTER);
    assertThat(refused(Reading.of("m-1", 11, t - 1000, 1000, 500).sign(key).encode()))
        .isEqualTo(RefusalReason.TIME_NOT_INCREASING);
    assertThat(ingest(Reading.of("m-1", 12, t + 1000, 1000, 500).sign(key).encode()).isAccepted())
        .isTrue();
  }

  @Test
  void farFutureTimestampsAreRefusedNearFutureOnesPass() {
    long now = System.currentTimeMillis();
    assertThat(refused(Reading.of("m-1", 11, now + 3_600_000, 1001, 500).sign(key).encode()))
        .isEqualTo(RefusalReason.FUTURE_TIMESTAMP);
    assertThat(
            ingest(Reading.of("m-1", 11, now + 30_000, 1001, 500).sign(key).encode()).isAccepted())
        .isTrue();
  }

  @Test
  void malformedPayloadsAreRefused() {
    byte[] good = Reading.of("m-1", 11, t + 1000, 1001, 500).sign(key).encode();
    assertThat(refused(new byte[0])).isEqualTo(RefusalReason.MALFORMED);
    assertThat(refused(java.util.Arrays.copyOf(good, good.length - 1)))
        .isEqualTo(RefusalReason.MALFORMED);
    assertThat(refused(java.util.Arrays.copyOf(good, good.length + 1)))
        .isEqualTo(RefusalReason.MALFORMED);
    assertThat(refused("{\"version\":1,\"meter_id\":\"m-1\"".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(RefusalReason.MALFORMED);
    assertThat(
            refused(
                "{\"version\":1,\"meter_id\":\"m-1\",\"sequence\":\"x\"}"
                    .getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(RefusalReason.MALFORMED);
    byte[] v2 = good.clone();
    v2[0] = 2;
    assertThat(refused(v2)).isEqualTo(RefusalReason.UNSUPPORTED_VERSION);
  }

  @Test
  void aReadingOnAnotherMetersTopicIsRefused() {
    byte[] good = Reading.of("m-1", 11, t + 1000, 1001, 500).sign(key).encode();
    ReadingResult result = f.metering.ingestor().ingest(RawReading.mqtt(good, "m-2"));
    assertThat(((ReadingRefusal) result).reason()).isEqualTo(RefusalReason.TOPIC_MISMATCH);
    assertThat(f.metering.ingestor().ingest(RawReading.mqtt(good, "m-1")).isAccepted()).isTrue();
  }

  @Test
  void everyRefusalIsRecordedWithItsReasonAndCounted() {
    byte[] good = Reading.of("m-1", 11, t + 1000, 1001, 500).sign(key).encode();
    List<ReadingResult> results =
        f.metering
            .ingestor()
            .ingest(
                List.of(
                    RawReading.http(new byte[] {1, 2, 3}),
                    RawReading.http(good),
                    RawReading.http(good),
                    RawReading.http(Reading.of("zz", 1, t, 1, 1).sign(key).encode())));
    assertThat(results.get(1).isAccepted()).isTrue();
    assertThat(counted)
        .containsEntry(RefusalReason.MALFORMED, 1)
        .containsEntry(RefusalReason.DUPLICATE, 1)
        .containsEntry(RefusalReason.UNKNOWN_METER, 1);
    List<RefusedLog.Entry> log = f.metering.refused().recent(10, null);
    assertThat(log)
        .extracting(e -> e.refusal().reason())
        .containsExactly(
            RefusalReason.UNKNOWN_METER, RefusalReason.DUPLICATE, RefusalReason.MALFORMED);
    assertThat(log.get(2).raw()).containsExactly(1, 2, 3);
    assertThat(f.metering.refused().recent(10, "m-1")).hasSize(1);
  }
}
