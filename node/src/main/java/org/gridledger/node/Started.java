package org.gridledger.node;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of a node in the order they started, closed in the reverse order: what depends on a
 * part stops before it. Closing goes on past a part that fails to close.
 */
final class Started implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Started.class);
  private final Deque<AutoCloseable> parts = new ArrayDeque<>();

  <T extends AutoCloseable> T add(T part) {
    parts.push(part);
    return part;
  }

  @Override
  public void close() {
    while (!parts.isEmpty()) {
      AutoCloseable part = parts.pop();
      try {
        part.close();
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", part.getClass().getSimpleName(), e.getMessage(), e);
      }
    }
  }
}
