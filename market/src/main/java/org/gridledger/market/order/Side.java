package org.gridledger.market.order;

import java.util.Locale;

/** The side of an order: a buyer takes energy, a seller delivers it. */
public enum Side {
  BUY,
  SELL;

  /** The name used in files: {@code buy} or {@code sell}. */
  public String externalName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The other side. */
  public Side opposite() {
    return this == BUY ? SELL : BUY;
  }
}
