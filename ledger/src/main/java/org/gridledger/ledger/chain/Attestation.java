package org.gridledger.ledger.chain;

import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.crypto.Signature;

/**
 * Another authority's signature over the hash of the previous block, carried in a block's header so
 * that any divergence or forgery is provable afterwards (cluster mode; empty for one authority).
 */
public record Attestation(PublicKey authority, Signature signature) {}
