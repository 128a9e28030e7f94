package org.gridledger.metering.ingest;

import java.time.Clock;
import java.util.Optional;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.metering.reading.ReadingJson;
import org.gridledger.metering.reading.SignedReading;
import org.gridledger.metering.registry.Meter;
import org.gridledger.metering.registry.MeterDirectory;

/**
 * The checks of one reading that need no history: format, registered meter, MQTT topic, signature
 * and timestamp against the clock. Stateless and thread-safe: readings are verified in parallel.
 */
final class ReadingVerifier {
  private final MeterDirectory meters;
  private final Clock clock;
  private final long toleranceMillis;

  ReadingVerifier(MeterDirectory meters, Clock clock, ValidationPolicy policy) {
    this.meters = meters;
    this.clock = clock;
    this.toleranceMillis = policy.futureTolerance().toMillis();
  }

  /** A {@link VerifiedReading} or a {@link ReadingRefusal}. */
  Object verify(RawReading raw) {
    SignedReading signed;
    byte[] encoded;
    try {
      if (raw.looksLikeJson()) {
        signed = ReadingJson.parse(raw.bytes());
        encoded = signed.encode();
      } else {
        signed = SignedReading.decode(raw.bytes());
        encoded = raw.bytes();
      }
    } catch (SignedReading.UnsupportedVersionException e) {
      return ReadingRefusal.of(
          RefusalReason.UNSUPPORTED_VERSION, raw.topicMeterId(), e.getMessage());
    } catch (CodecException | IllegalArgumentException e) {
      return ReadingRefusal.of(
          RefusalReason.MALFORMED, raw.topicMeterId(), "malformed reading: " + e.getMessage());
    }
    String id = signed.reading().meterId();
    if (raw.topicMeterId() != null && !raw.topicMeterId().equals(id)) {
      return ReadingRefusal.of(
          RefusalReason.TOPIC_MISMATCH,
          id,
          "a reading of meter " + id + " on the topic of meter " + raw.topicMeterId());
    }
    Optional<Meter> meter = meters.find(id);
    if (meter.isEmpty()) {
      return ReadingRefusal.of(
          RefusalReason.UNKNOWN_METER, id, "meter " + id + " is not registered");
    }
    if (!meter.get().key().verify(signed.signature(), encoded, 0, encoded.length - 64)) {
      return ReadingRefusal.of(
          RefusalReason.BAD_SIGNATURE,
          id,
          "the signature is not meter " + id + "'s signature of this reading");
    }
    long ts = signed.reading().timestampMillis();
    long now = clock.millis();
    if (ts > now + toleranceMillis) {
      return ReadingRefusal.of(
          RefusalReason.FUTURE_TIMESTAMP,
          id,
          "timestamp "
              + java.time.Instant.ofEpochMilli(ts)
              + " is "
              + (ts - now) / 1000
              + " s ahead of the node's clock (tolerance "
              + toleranceMillis / 1000
              + " s)");
    }
    return new VerifiedReading(signed, meter.get(), encoded, SignedReading.leafOf(encoded));
  }
}
