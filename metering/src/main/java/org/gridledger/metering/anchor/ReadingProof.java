package org.gridledger.metering.anchor;

import org.gridledger.ledger.chain.BlockHeader;
import org.gridledger.ledger.chain.MerkleProof;
import org.gridledger.metering.reading.SignedReading;
import org.gridledger.metering.registry.Meter;

/**
 * The evidence that a reading is anchored on the chain: the signed reading, the header of the block
 * that anchors it, and the Merkle path from the reading's leaf to that header's anchor root. Anyone
 * holding the meter's registered key and the chain's headers can check it without trusting the
 * node.
 */
public record ReadingProof(SignedReading reading, BlockHeader header, int index, MerkleProof path) {

  /**
   * Whether the proof holds: the leaf is this reading's, the path leads to the header's anchor
   * root, and the reading carries {@code meter}'s signature.
   */
  public boolean verifies(Meter meter) {
    return path.leaf().equals(reading.leaf())
        && path.verifies(header.anchorRoot())
        && reading.verifies(meter.key());
  }
}
