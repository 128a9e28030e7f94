package org.gridledger.ledger.exec;

/** Why a transaction was refused. Stable codes: clients and metrics rely on them. */
public enum Reason {
  MALFORMED,
  UNSUPPORTED_VERSION,
  WRONG_CHAIN,
  BAD_SIGNATURE,
  UNKNOWN_SENDER,
  NONCE_REPLAYED,
  NONCE_GAP,
  INSUFFICIENT_FUNDS,
  UNAUTHORIZED_ROLE,
  INVALID_PAYLOAD,
  ALREADY_REGISTERED,
  UNKNOWN_PARTICIPANT,
  UNKNOWN_DEVICE,
  DUPLICATE,
  POOL_FULL,
  // the market
  OUT_OF_WINDOW,
  OUT_OF_BOUNDS,
  NO_EXPORT_METER,
  SELF_TRADE,
  UNKNOWN_ORDER,
  INVALID_STATE,
  // EV charging
  UNAVAILABLE,
  UNKNOWN_BOOKING,
  UNKNOWN_SESSION,
  // demand response
  UNKNOWN_EVENT,
  CONFLICTING_EVENT,
  NOT_ENROLLED,
  NOT_TARGETED,
  OVER_CAPACITY;

  /** The code in JSON errors and metric tags. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
