package org.gridledger.market.order;

import java.util.Objects;

/** A refused order: its id, the reason and a message naming the order and the offending value. */
public record Refusal(String orderId, OrderRefusal reason, String message) {

  public Refusal {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return reason + ": " + message;
  }
}
