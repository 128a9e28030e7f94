package org.gridledger.ledger.store;

/**
 * A write to one of a module's own column families (declared when the store opens), committed
 * atomically with a block.
 */
public record StoreWrite(String family, byte[] key, byte[] value) {
  public StoreWrite {
    if (family == null || key == null || value == null) {
      throw new IllegalArgumentException("a store write needs a family, a key and a value");
    }
  }
}
