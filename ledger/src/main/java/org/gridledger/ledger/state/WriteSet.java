package org.gridledger.ledger.state;

import java.security.MessageDigest;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.function.BiConsumer;
import org.gridledger.ledger.crypto.Hash;

/**
 * The writes of one block in key order (a deleted key maps to null), and the state root they lead
 * to.
 *
 * <p>The state root commits to the whole state through its history: {@code root(h) = SHA-256(
 * root(h-1) || digest(writes(h)))} (unchanged when a block writes nothing), with the digest over
 * every (key, value) pair in key order. Equal roots mean equal histories of writes from the same
 * genesis, hence equal states; it costs time in the size of a block's writes, not of the state.
 * {@code chain verify} also compares the stored state with the state its replay produces, key by
 * key.
 */
public final class WriteSet {
  private final NavigableMap<Key, byte[]> writes;

  WriteSet(NavigableMap<Key, byte[]> writes) {
    this.writes = Collections.unmodifiableNavigableMap(writes);
  }

  public int size() {
    return writes.size();
  }

  public void forEach(BiConsumer<Key, byte[]> action) {
    writes.forEach(action);
  }

  public Hash digest() {
    MessageDigest digest = Hash.sha256();
    byte[] length = new byte[4];
    writes.forEach(
        (key, value) -> {
          update(digest, length, key.raw());
          if (value == null) {
            digest.update((byte) 0);
          } else {
            digest.update((byte) 1);
            update(digest, length, value);
          }
        });
    return Hash.of(digest);
  }

  private static void update(MessageDigest digest, byte[] length, byte[] bytes) {
    int n = bytes.length;
    length[0] = (byte) (n >>> 24);
    length[1] = (byte) (n >>> 16);
    length[2] = (byte) (n >>> 8);
    length[3] = (byte) n;
    digest.update(length);
    digest.update(bytes);
  }

  /**
   * The state root after applying these writes to a state whose root was {@code previous}: the same
   * root when there are none, so a block of refused transactions leaves the root as it was.
   */
  public Hash nextRoot(Hash previous) {
    return writes.isEmpty() ? previous : Hash.combine(previous, digest());
  }
}
