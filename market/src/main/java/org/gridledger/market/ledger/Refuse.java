package org.gridledger.market.ledger;

import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.Refusal;

/** Short forms of the market's refusals. */
final class Refuse {
  private Refuse() {}

  static Refusal because(Reason reason, String message) {
    return Refusal.of(reason, message);
  }

  static String at(long epochMillis) {
    return java.time.Instant.ofEpochMilli(epochMillis).toString();
  }
}
