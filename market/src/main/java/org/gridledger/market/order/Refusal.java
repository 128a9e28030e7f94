package org.gridledger.market.order;

import java.util.Objects;

/** A refused order: its id, the reason and a message naming the order and the offending value. */
public record Refusal(String orderId, OrderRefusal reason, String message) {

  public Refusal {
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /** A refusal of {@code order} whose message starts "order ID: " and goes on formatted. */
  static Refusal of(Order order, OrderRefusal reason, String format, Object... args) {
    return new Refusal(order.id(), reason, "order " + order.id() + ": " + format.formatted(args));
  }

  @Override
  public String toString() {
    return reason + ": " + message;
  }
}
