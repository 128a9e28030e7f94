package org.gridledger.metering.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.store.StoreWrite;
import org.gridledger.metering.ingest.ReadingRefusal;
import org.gridledger.metering.ingest.RefusalReason;
import org.gridledger.metering.ingest.Source;

/**
 * The refused readings, each with its reason: a ring of the last {@link #CAPACITY} in the {@link
 * MeteringFamilies#REFUSED} family, so that an attack cannot fill the disk. Thread-safe.
 */
public final class RefusedLog {
  public static final int CAPACITY = 10_000;
  static final int RAW_LIMIT = 256;

  private final ChainStore store;
  private final AtomicLong next;

  public RefusedLog(ChainStore store) {
    this.store = store;
    long[] max = {-1};
    store.scan(
        MeteringFamilies.REFUSED,
        new byte[0],
        (k, v) -> {
          max[0] = Math.max(max[0], decode(v).id());
          return true;
        });
    this.next = new AtomicLong(max[0] + 1);
  }

  /** One refused reading. {@code raw} holds at most the first 256 bytes received. */
  public record Entry(
      long id, long timeMillis, Source source, ReadingRefusal refusal, byte[] raw) {}

  /** Records refusals in one write. */
  public void record(List<ReadingRefusal> refusals, List<byte[]> raws, Source source, long now) {
    List<StoreWrite> writes = new ArrayList<>(refusals.size());
    for (int i = 0; i < refusals.size(); i++) {
      long id = next.getAndIncrement();
      byte[] raw = raws.get(i);
      Entry entry =
          new Entry(
              id,
              now,
              source,
              refusals.get(i),
              Arrays.copyOf(raw, Math.min(raw.length, RAW_LIMIT)));
      writes.add(
          new StoreWrite(
              MeteringFamilies.REFUSED, ReadingKeys.height(id % CAPACITY), encode(entry)));
    }
    if (!writes.isEmpty()) {
      store.putAll(writes);
    }
  }

  /** The most recent refusals, newest first, optionally of one meter only. */
  public List<Entry> recent(int limit, String meterId) {
    List<Entry> all = new ArrayList<>();
    store.scan(
        MeteringFamilies.REFUSED,
        new byte[0],
        (k, v) -> {
          Entry e = decode(v);
          if (meterId == null || meterId.equals(e.refusal().meterId())) {
            all.add(e);
          }
          return true;
        });
    all.sort(Comparator.comparingLong(Entry::id).reversed());
    return all.subList(0, Math.min(limit, all.size()));
  }

  private static byte[] encode(Entry e) {
    return new ByteWriter(128 + e.raw().length)
        .i64(e.id())
        .i64(e.timeMillis())
        .u8(e.source().ordinal())
        .u8(e.refusal().reason().ordinal())
        .string(e.refusal().meterId())
        .string(e.refusal().message())
        .bytes(e.raw())
        .toBytes();
  }

  private static Entry decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    long id = in.i64("id");
    long time = in.i64("time");
    Source source = Source.values()[in.u8("source")];
    RefusalReason reason = RefusalReason.values()[in.u8("reason")];
    String meter = in.string("meter");
    String message = in.string("message");
    byte[] raw = in.bytes(RAW_LIMIT, "raw");
    return new Entry(id, time, source, new ReadingRefusal(reason, message, meter), raw);
  }
}
