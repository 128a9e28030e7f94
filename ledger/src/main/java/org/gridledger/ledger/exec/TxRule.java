package org.gridledger.ledger.exec;

import org.gridledger.ledger.tx.Payload;

/**
 * The rule of one payload type: checks what depends on state and applies the payload. It must be
 * deterministic: no wall clock, randomness, floating point or hash-map iteration order; time comes
 * from {@link TxContext#timeMillis()}. Writes made before a refusal are discarded.
 */
@FunctionalInterface
public interface TxRule<P extends Payload> {
  Outcome apply(P payload, TxContext context);
}
