package org.gridledger.node.client;

/** A node refused a request, or could not be reached (status 0). */
public final class NodeClientException extends RuntimeException {
  private final int status;
  private final String code;

  public NodeClientException(int status, String code, String message) {
    super(code + ": " + message);
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
