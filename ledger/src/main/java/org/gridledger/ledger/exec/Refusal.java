package org.gridledger.ledger.exec;

/** A transaction refused: the reason code and a message naming the problem for people. */
public record Refusal(Reason reason, String message) implements Outcome {
  public Refusal {
    if (reason == null || message == null || message.isBlank()) {
      throw new IllegalArgumentException("a refusal needs a reason and a message");
    }
  }

  public static Refusal of(Reason reason, String message) {
    return new Refusal(reason, message);
  }
}
