package org.gridledger.ledger.store;

/**
 * The store failed (I/O, corruption, a second process holding its lock): an infrastructure fault.
 */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
