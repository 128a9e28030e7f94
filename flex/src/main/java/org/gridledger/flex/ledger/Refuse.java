package org.gridledger.flex.ledger;

import java.time.Instant;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.Refusal;

/** Refusals of demand response's rules. */
final class Refuse {
  private Refuse() {}

  static Outcome because(Reason reason, String message) {
    return Refusal.of(reason, message);
  }

  static String at(long millis) {
    return Instant.ofEpochMilli(millis).toString();
  }
}
