package org.gridledger.node;

import java.nio.file.Path;
import org.gridledger.consensus.types.BlockPolicy;

/**
 * How a node runs.
 *
 * @param dataDirectory the chain store and the node's files
 * @param authorityKey the key this node signs blocks with (the DSO's, by default {@code
 *     dataDirectory/dso.key})
 * @param host the address the API listens on
 * @param port the API port; 0 picks a free one
 * @param poolCapacity the most transactions that may wait for a block
 * @param fsync whether each block is synced to disk (survives power cuts) rather than only written
 *     to the log (survives a killed process)
 */
public record NodeConfig(
    Path dataDirectory,
    Path authorityKey,
    String host,
    int port,
    BlockPolicy blockPolicy,
    int poolCapacity,
    boolean fsync,
    String network) {

  public NodeConfig {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535");
    }
    if (poolCapacity < 1) {
      throw new IllegalArgumentException("the pool must hold at least one transaction");
    }
  }

  public static NodeConfig defaults(Path dataDirectory) {
    return new NodeConfig(
        dataDirectory,
        dataDirectory.resolve("dso.key"),
        "127.0.0.1",
        8080,
        BlockPolicy.defaults(),
        200_000,
        false,
        "lv");
  }

  public NodeConfig withPort(int newPort) {
    return new NodeConfig(
        dataDirectory, authorityKey, host, newPort, blockPolicy, poolCapacity, fsync, network);
  }

  public Path storeDirectory() {
    return dataDirectory.resolve("chain");
  }
}
