package org.gridledger.market.clearing;

import java.util.List;
import java.util.Objects;
import org.gridledger.market.order.Refusal;

/**
 * A book checked and cleared: the refused orders, which never entered the book, and the result of
 * clearing the accepted ones.
 */
public record ClearingOutcome(List<Refusal> refused, ClearingResult result) {

  public ClearingOutcome {
    refused = List.copyOf(refused);
    Objects.requireNonNull(result, "result");
  }
}
