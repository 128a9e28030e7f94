package org.gridledger.grid.service;

import org.gridledger.grid.GridModelException;

/**
 * A provisional trade of one interval: the seller's bus injects and the buyer's bus withdraws
 * {@code energyWh} spread evenly over the interval.
 *
 * @param tradeId the market's id of the trade
 * @param sellerBus bus of the seller's meter
 * @param buyerBus bus of the buyer's meter
 * @param energyWh traded energy in Wh, > 0
 */
public record Trade(String tradeId, String sellerBus, String buyerBus, long energyWh) {
  public Trade {
    if (tradeId == null || tradeId.isBlank()) {
      throw new GridModelException("trade without an id");
    }
    if (sellerBus == null || buyerBus == null) {
      throw new GridModelException("trade " + tradeId + ": seller and buyer bus required");
    }
    if (energyWh <= 0) {
      throw new GridModelException(
          "trade " + tradeId + ": energy must be positive, got " + energyWh + " Wh");
    }
  }

  /** Average power in W over an interval of {@code minutes}. */
  public double powerW(int minutes) {
    return energyWh * 60.0 / minutes;
  }
}
