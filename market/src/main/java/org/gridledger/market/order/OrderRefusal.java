package org.gridledger.market.order;

/** Why an order was refused. A refused order never enters the book. */
public enum OrderRefusal {
  /** Energy is zero or negative. */
  NON_POSITIVE_ENERGY,
  /** Energy exceeds the market's maximum per order. */
  ENERGY_TOO_LARGE,
  /** The limit price lies outside the market's price bounds. */
  PRICE_OUT_OF_BOUNDS,
  /** Another order in the same book carries the same id; every order with that id is refused. */
  DUPLICATE_ID,
  /** The participant already trades on the other side of this interval. */
  SELF_TRADE,
  /** Placed before the interval's acceptance window opened (too far ahead of delivery). */
  BEFORE_WINDOW,
  /** Placed at or after the interval's gate closure. */
  AFTER_GATE_CLOSURE
}
