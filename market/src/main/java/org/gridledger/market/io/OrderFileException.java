package org.gridledger.market.io;

/** An order file that cannot be read: the message names the file and the problem. */
public final class OrderFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OrderFileException(String message) {
    super(message);
  }

  public OrderFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
