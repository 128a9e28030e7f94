package org.gridledger.ledger.state;

/** Reads the ledger state. Implementations are safe for concurrent reads. */
@FunctionalInterface
public interface StateReader {
  /** The value stored under {@code key}, or null when there is none. Never modify it. */
  byte[] get(Key key);
}
