package org.gridledger.metering.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.store.ChainStore;

/**
 * Reads the anchored time series from the metering column families. Only anchored readings are
 * here: a reading accepted a moment ago appears once its block is committed. Thread-safe.
 */
public final class ReadingStore {
  private final ChainStore store;

  public ReadingStore(ChainStore store) {
    this.store = store;
  }

  public ChainStore chainStore() {
    return store;
  }

  /** The meter's last anchored reading's summary. */
  public Optional<MeterHead> head(String meterId) {
    byte[] bytes =
        store.get(
            MeteringFamilies.HEADS, meterId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return bytes == null ? Optional.empty() : Optional.of(MeterHead.decode(bytes));
  }

  /** The reading taken exactly at {@code timeMillis}. */
  public Optional<StoredReading> at(String meterId, long timeMillis) {
    byte[] bytes = store.get(MeteringFamilies.READINGS, ReadingKeys.key(meterId, timeMillis));
    return bytes == null ? Optional.empty() : Optional.of(StoredReading.decode(bytes));
  }

  /** The first reading at or after {@code timeMillis}. */
  public Optional<StoredReading> ceiling(String meterId, long timeMillis) {
    List<StoredReading> found = range(meterId, timeMillis, Long.MAX_VALUE, 1);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** The last reading at or before {@code timeMillis}. */
  public Optional<StoredReading> floor(String meterId, long timeMillis) {
    Optional<StoredReading> next = ceiling(meterId, timeMillis);
    if (next.isPresent() && next.get().timestampMillis() == timeMillis) {
      return next;
    }
    if (next.isEmpty()) {
      return head(meterId).flatMap(h -> at(meterId, h.timestampMillis()));
    }
    long previous = next.get().previousTimestampMillis();
    return previous < 0 ? Optional.empty() : at(meterId, previous);
  }

  /** Up to {@code limit} readings with timestamps in [from, to), in time order. */
  public List<StoredReading> range(String meterId, long fromMillis, long toMillis, int limit) {
    List<StoredReading> out = new ArrayList<>();
    byte[] prefix = ReadingKeys.prefix(meterId);
    store.scan(
        MeteringFamilies.READINGS,
        ReadingKeys.key(meterId, Math.max(0, fromMillis)),
        (key, value) -> {
          if (!ReadingKeys.hasPrefix(key, prefix) || ReadingKeys.value(key) >= toMillis) {
            return false;
          }
          out.add(StoredReading.decode(value));
          return out.size() < limit;
        });
    return out;
  }

  /** The reading with sequence number {@code sequence}. */
  public Optional<StoredReading> bySequence(String meterId, long sequence) {
    byte[] time = store.get(MeteringFamilies.BY_SEQUENCE, ReadingKeys.key(meterId, sequence));
    return time == null ? Optional.empty() : at(meterId, ReadingKeys.value(time));
  }

  /** The Merkle leaves the block at {@code height} anchors, in order (empty if none). */
  public List<Hash> leaves(long height) {
    byte[] bytes = store.get(MeteringFamilies.ANCHORS, ReadingKeys.height(height));
    List<Hash> leaves = new ArrayList<>();
    if (bytes != null) {
      for (int i = 0; i + Hash.SIZE <= bytes.length; i += Hash.SIZE) {
        leaves.add(Hash.wrap(java.util.Arrays.copyOfRange(bytes, i, i + Hash.SIZE)));
      }
    }
    return leaves;
  }
}
