package org.gridledger.ledger.tx;

import java.util.List;

/**
 * The DSO's verdict on a cleared interval, from its power flow: a {@link TradeVerdict} for every
 * provisional trade, in trade order. Only what is not curtailed becomes firm. DSO only; refused
 * once delivery has started.
 */
public record GridVerdict(long intervalStart, List<TradeVerdict> trades) implements Payload {
  public GridVerdict {
    Text.present(trades, "trades");
    trades = List.copyOf(trades);
    for (int i = 0; i < trades.size(); i++) {
      if (trades.get(i).tradeIndex() != i) {
        throw new IllegalArgumentException("verdicts must name trades 0, 1, 2, … in order");
      }
    }
  }

  @Override
  public PayloadType type() {
    return PayloadType.GRID_VERDICT;
  }
}
