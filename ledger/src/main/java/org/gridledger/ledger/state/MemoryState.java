package org.gridledger.ledger.state;

import java.util.Map;
import java.util.TreeMap;

/** A whole state held in memory, in key order: for replays that must not touch the store. */
public final class MemoryState implements StateReader {
  private final TreeMap<Key, byte[]> entries = new TreeMap<>();

  @Override
  public byte[] get(Key key) {
    return entries.get(key);
  }

  public void apply(WriteSet writes) {
    writes.forEach(
        (key, value) -> {
          if (value == null) {
            entries.remove(key);
          } else {
            entries.put(key, value);
          }
        });
  }

  /** The entries in key order; read-only. */
  public Map<Key, byte[]> entries() {
    return java.util.Collections.unmodifiableMap(entries);
  }
}
