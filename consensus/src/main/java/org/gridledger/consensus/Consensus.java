package org.gridledger.consensus;

/**
 * Orders transactions into blocks. Implementations: {@link SingleAuthority} (the embedded default,
 * the DSO alone producing blocks) and the Ratis cluster of authorities.
 */
public interface Consensus extends AutoCloseable {
  void start();

  /** Whether blocks are being produced; false after a fatal failure or before start. */
  boolean isHealthy();

  /** Stops producing blocks; a block being committed is finished first. */
  @Override
  void close();
}
