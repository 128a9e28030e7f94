package org.gridledger.metering.ingest;

import java.util.Locale;

/** Why a reading was refused. Stable codes: clients, the refused log and metrics rely on them. */
public enum RefusalReason {
  /** Not a reading in either format: truncated, trailing bytes, missing or invalid fields. */
  MALFORMED,
  /** A format version this node does not read. */
  UNSUPPORTED_VERSION,
  /** The meter id is not a registered meter. */
  UNKNOWN_METER,
  /** Sent on the MQTT topic of another meter. */
  TOPIC_MISMATCH,
  /** The signature is not the registered meter key's signature of the reading. */
  BAD_SIGNATURE,
  /** Timestamped later than the node's clock plus the tolerance. */
  FUTURE_TIMESTAMP,
  /** The same signed reading was already accepted (a retransmission). */
  DUPLICATE,
  /** A sequence number not above the meter's last accepted one, with other content. */
  REPLAYED_SEQUENCE,
  /** A timestamp not after the meter's last accepted reading. */
  TIME_NOT_INCREASING,
  /** An import or export register lower than in the meter's last accepted reading. */
  DECREASING_REGISTER,
  /** The node's ingest queue is full: the reading was not looked at; send it again later. */
  OVERLOADED;

  /** The code in JSON answers, the refused log and metric tags. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
