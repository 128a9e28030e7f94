package org.gridledger.grid;

/**
 * An expected refusal of a grid model or of its input: an unknown bus, a rating that is not
 * positive, an island without a source, a malformed file. The message names the element, file or
 * line at fault. Unchecked: callers at the edge (CLI, REST) turn it into a clear error.
 */
public class GridModelException extends RuntimeException {

  public GridModelException(String message) {
    super(message);
  }

  public GridModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
