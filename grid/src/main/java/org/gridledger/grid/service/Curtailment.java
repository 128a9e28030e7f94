package org.gridledger.grid.service;

import org.gridledger.grid.GridModelException;

/**
 * A cut of one trade decided by the DSO.
 *
 * @param tradeId the trade
 * @param curtailedWh energy taken off the trade in Wh, 0 < curtailedWh <= the trade's energy
 * @param reason the violation it removes, e.g. "line L7 at 112 % of rating (limit 100 %)"
 */
public record Curtailment(String tradeId, long curtailedWh, String reason) {
  public Curtailment {
    if (tradeId == null || reason == null || reason.isBlank()) {
      throw new GridModelException("curtailment needs a trade id and a reason");
    }
    if (curtailedWh <= 0) {
      throw new GridModelException(
          "curtailment of trade " + tradeId + " must be positive, got " + curtailedWh + " Wh");
    }
  }
}
