package org.gridledger.market.agents;

import java.util.List;
import java.util.random.RandomGenerator;
import org.gridledger.market.interval.MarketInterval;
import org.gridledger.market.order.Side;

/**
 * Trades the home's net after battery self-consumption at the tariff bounds: it buys a deficit at
 * up to the import price and sells a surplus for at least the feed-in price, so it accepts any
 * local price better than the grid's. Stateless; uses no randomness.
 */
public final class PriceTakerAgent implements TradingAgent {

  @Override
  public List<OrderIntent> intents(
      Home home, MarketInterval interval, Tariff tariff, RandomGenerator random) {
    long residual = home.residualAfterSelfConsumptionWh(interval.lengthMillis());
    if (residual > 0) {
      return List.of(new OrderIntent(Side.SELL, residual, tariff.feedInPricePerKwh()));
    }
    if (residual < 0) {
      return List.of(new OrderIntent(Side.BUY, -residual, tariff.importPricePerKwh()));
    }
    return List.of();
  }
}
