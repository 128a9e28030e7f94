package org.gridledger.ledger.tx;

/**
 * Clears the order book of the interval starting at {@code intervalStart} once its gate has closed,
 * into provisional trades awaiting the DSO's verdict. DSO only.
 */
public record ClearInterval(long intervalStart) implements Payload {
  @Override
  public PayloadType type() {
    return PayloadType.CLEAR_INTERVAL;
  }
}
