package org.gridledger.node.api;

import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.Refusal;

/**
 * A request the API refuses: the HTTP status, a stable code and a message naming the problem.
 * Rendered as {@code {"error": CODE, "message": TEXT}} by the server's exception handler.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String code;

  public ApiError(int status, String code, String message) {
    super(message);
    this.status = status;
    this.code = code;
  }

  public static ApiError badRequest(String code, String message) {
    return new ApiError(400, code, message);
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, "not_found", message);
  }

  public static ApiError unauthenticated(String message) {
    return new ApiError(401, "unauthenticated", message);
  }

  public static ApiError forbidden(String message) {
    return new ApiError(403, "forbidden", message);
  }

  /** The error for a refused transaction, its status chosen by the kind of refusal. */
  public static ApiError of(Refusal refusal) {
    return new ApiError(statusOf(refusal.reason()), refusal.reason().code(), refusal.message());
  }

  static int statusOf(Reason reason) {
    return switch (reason) {
      case MALFORMED, UNSUPPORTED_VERSION, WRONG_CHAIN, INVALID_PAYLOAD, OUT_OF_BOUNDS -> 400;
      case BAD_SIGNATURE -> 401;
      case UNKNOWN_SENDER, UNAUTHORIZED_ROLE -> 403;
      case NONCE_REPLAYED,
          NONCE_GAP,
          DUPLICATE,
          ALREADY_REGISTERED,
          SELF_TRADE,
          INVALID_STATE,
          CONFLICTING_EVENT,
          UNAVAILABLE ->
          409;
      case INSUFFICIENT_FUNDS,
          UNKNOWN_PARTICIPANT,
          UNKNOWN_DEVICE,
          OUT_OF_WINDOW,
          NO_EXPORT_METER,
          UNKNOWN_ORDER,
          UNKNOWN_EVENT,
          NOT_ENROLLED,
          NOT_TARGETED,
          OVER_CAPACITY,
          UNKNOWN_BOOKING,
          UNKNOWN_SESSION ->
          422;
      case POOL_FULL -> 503;
    };
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
