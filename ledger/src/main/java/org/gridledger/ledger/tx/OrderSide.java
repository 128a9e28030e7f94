package org.gridledger.ledger.tx;

/** Which side of the market an order is on. */
public enum OrderSide {
  BUY,
  SELL
}
