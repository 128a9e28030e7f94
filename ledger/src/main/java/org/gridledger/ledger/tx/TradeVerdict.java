package org.gridledger.ledger.tx;

import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;

/**
 * The DSO's word on one provisional trade: how much of it is curtailed (with the reason, such as
 * "line L7 at 112 % of rating"), and the network fee per kWh the buyer pays for the rest.
 */
public record TradeVerdict(int tradeIndex, Energy curtailed, Price networkFee, String reason) {
  public TradeVerdict {
    Text.present(curtailed, "curtailed");
    Text.present(networkFee, "network_fee");
    Text.require(reason, "reason", 200, true);
    if (tradeIndex < 0 || curtailed.wh() < 0 || networkFee.microsPerKwh() < 0) {
      throw new IllegalArgumentException("trade index, curtailment and fee must not be negative");
    }
    if (curtailed.wh() > 0 && reason.isBlank()) {
      throw new IllegalArgumentException("trade " + tradeIndex + ": a curtailment needs a reason");
    }
  }
}
