package org.gridledger.ledger.pool;

import java.util.concurrent.CompletableFuture;
import org.gridledger.ledger.exec.Outcome;

/**
 * The pool's answer to a transaction: {@code outcome} says whether it was admitted; if it was,
 * {@code settled} completes when it is committed or rejected.
 */
public record Admission(Outcome outcome, CompletableFuture<TxStatus> settled) {
  public boolean admitted() {
    return outcome.isApplied();
  }
}
