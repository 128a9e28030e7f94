package org.gridledger.market.agents;

import java.util.List;
import java.util.random.RandomGenerator;
import org.gridledger.market.interval.MarketInterval;
import org.gridledger.market.order.Side;

/**
 * A zero-intelligence-constrained trader (Gode and Sunder, 1993): it trades the home's net after
 * battery self-consumption at a limit price drawn uniformly from [feed-in, import] (both
 * inclusive). The constraint is the tariff: a buyer never bids above the import price it could pay
 * the grid, a seller never asks below the feed-in price the grid would pay, so no limit is
 * loss-making. Stateless; draws one number from {@code random} per intent (none when the bounds are
 * equal).
 */
public final class ZicAgent implements TradingAgent {

  @Override
  public List<OrderIntent> intents(
      Home home, MarketInterval interval, Tariff tariff, RandomGenerator random) {
    long residual = home.residualAfterSelfConsumptionWh(interval.lengthMillis());
    if (residual == 0) {
      return List.of();
    }
    long price = randomPrice(tariff, random);
    return residual > 0
        ? List.of(new OrderIntent(Side.SELL, residual, price))
        : List.of(new OrderIntent(Side.BUY, -residual, price));
  }

  private static long randomPrice(Tariff tariff, RandomGenerator random) {
    if (tariff.feedInPricePerKwh() == tariff.importPricePerKwh()) {
      return tariff.importPricePerKwh();
    }
    return random.nextLong(tariff.feedInPricePerKwh(), tariff.importPricePerKwh() + 1);
  }
}
