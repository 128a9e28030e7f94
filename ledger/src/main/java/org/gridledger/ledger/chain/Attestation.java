package org.gridledger.ledger.chain;

import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.crypto.Signature;

/**
 * Another authority's signature over the hash of the previous block, carried in a block's header so
 * that any divergence or forgery is provable afterwards (cluster mode; empty for one authority).
 */
public record Attestation(PublicKey authority, Signature signature) {
  /** {@code authority}'s attestation of the block whose hash is {@code block}. */
  public static Attestation sign(KeyPair authority, Hash block) {
    return new Attestation(authority.publicKey(), authority.sign(block.toBytes()));
  }

  /** Whether this signs {@code block}, the hash of the block attested. */
  public boolean verifies(Hash block) {
    return authority.verify(signature, block.toBytes());
  }
}
