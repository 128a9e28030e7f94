package org.gridledger.ledger.crypto;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Decoded curve points of recently seen keys. Every decoded transaction carries a fresh copy of its
 * sender's key, and decoding the point costs a square root, a tenth of a verification: the cache
 * keeps that cost to once per sender. Bounded: cleared when it grows past its limit.
 */
final class DecodedPoints {
  private static final int LIMIT = 1 << 17;
  private static final ConcurrentHashMap<PublicKey, Optional<Ed25519.PublicPoint>> CACHE =
      new ConcurrentHashMap<>();

  private DecodedPoints() {}

  /** The decoded point of {@code key}, or null if its bytes encode no point of the curve. */
  static Ed25519.PublicPoint of(PublicKey key, byte[] bytes) {
    Optional<Ed25519.PublicPoint> point = CACHE.get(key);
    if (point == null) {
      point = Optional.ofNullable(Ed25519.validatePublicKeyPartialExport(bytes, 0));
      if (CACHE.size() >= LIMIT) {
        CACHE.clear();
      }
      CACHE.put(key, point);
    }
    return point.orElse(null);
  }
}
