package org.gridledger.metering.ingest;

import org.gridledger.ledger.crypto.Hash;
import org.gridledger.metering.reading.SignedReading;
import org.gridledger.metering.registry.Meter;

/**
 * A reading whose format, meter, signature and timestamp passed: what is left to check depends on
 * the meter's previous readings. {@code encoded} is its canonical binary form, {@code leaf} its
 * Merkle leaf.
 */
public record VerifiedReading(SignedReading signed, Meter meter, byte[] encoded, Hash leaf) {
  public String meterId() {
    return meter.id();
  }
}
