package org.gridledger.node.operator;

import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.pool.Admission;
import org.gridledger.ledger.pool.Mempool;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.Transaction;

/**
 * Signs the DSO's own transactions with the node's key and admits them to the local pool, at the
 * next nonce the pool expects. Thread-safe.
 */
public final class DsoSigner {
  private final KeyPair dso;
  private final String chainId;
  private final Mempool pool;

  public DsoSigner(KeyPair dso, String chainId, Mempool pool) {
    this.dso = dso;
    this.chainId = chainId;
    this.pool = pool;
  }

  /** Signs and admits {@code payload}; the admission says whether it is on its way. */
  public Admission submit(Payload payload) {
    synchronized (pool) { // one nonce sequence, whichever operator (market, flex) signs
      Transaction tx = Transaction.sign(dso, chainId, pool.nextNonce(dso.publicKey()), payload);
      return pool.admit(tx);
    }
  }
}
