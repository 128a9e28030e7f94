package org.gridledger.ledger.state;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Buffered writes over a parent state: a block executes in one overlay over the committed state,
 * and each transaction in a child overlay that is merged only if the transaction succeeds, so a
 * refused transaction leaves no trace. Not thread-safe: one executing thread owns it.
 */
public final class StateOverlay implements StateReader {
  private static final byte[] DELETED = new byte[0];

  private final StateReader parent;
  private final Map<Key, byte[]> writes = new HashMap<>();

  public StateOverlay(StateReader parent) {
    this.parent = parent;
  }

  @Override
  public byte[] get(Key key) {
    byte[] value = writes.get(key);
    if (value == null) {
      return parent.get(key);
    }
    return value == DELETED ? null : value;
  }

  public void put(Key key, byte[] value) {
    if (value == null || value.length == 0) {
      throw new IllegalArgumentException("a state value must not be empty: delete the key instead");
    }
    writes.put(key, value);
  }

  public void delete(Key key) {
    writes.put(key, DELETED);
  }

  public StateOverlay child() {
    return new StateOverlay(this);
  }

  /** Moves this overlay's writes into its parent, which must be an overlay. */
  public void mergeIntoParent() {
    StateOverlay target = (StateOverlay) parent;
    target.writes.putAll(writes);
    writes.clear();
  }

  public boolean isEmpty() {
    return writes.isEmpty();
  }

  /** The writes in key order; a deleted key maps to null. */
  public WriteSet toWriteSet() {
    TreeMap<Key, byte[]> sorted = new TreeMap<>();
    writes.forEach((k, v) -> sorted.put(k, v == DELETED ? null : v));
    return new WriteSet(sorted);
  }
}
