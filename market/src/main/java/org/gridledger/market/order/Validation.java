package org.gridledger.market.order;

import java.util.List;

/**
 * The orders of a book split into those accepted and those refused.
 *
 * @param accepted the orders that may be cleared, in input order
 * @param refused one refusal per refused order, sorted by order id, reason and message: the same
 *     for any input order
 */
public record Validation(List<Order> accepted, List<Refusal> refused) {

  public Validation {
    accepted = List.copyOf(accepted);
    refused = List.copyOf(refused);
  }

  /** Whether every order was accepted. */
  public boolean allAccepted() {
    return refused.isEmpty();
  }
}
