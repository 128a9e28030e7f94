package org.gridledger.market.agents;

import java.util.List;
import java.util.random.RandomGenerator;
import org.gridledger.market.interval.MarketInterval;

/**
 * Decides a home's orders for one interval.
 *
 * <p>Contract: all intents of one call are on the same side, so a home never trades with itself; no
 * buy is above the import price and no sell below the feed-in price, so no limit is loss-making
 * against the grid; the result depends only on the arguments and the agent's own documented state,
 * and chance comes only from {@code random} (a seeded generator replays exactly). Not thread-safe
 * unless stated.
 */
public interface TradingAgent {

  /**
   * The home's intents for {@code interval}; empty when it has nothing to trade.
   *
   * @param home the home's forecast and battery at the start of the interval
   * @param interval the delivery interval; its length converts battery power into energy
   * @param tariff the grid's import and feed-in prices
   * @param random the only source of chance
   */
  List<OrderIntent> intents(
      Home home, MarketInterval interval, Tariff tariff, RandomGenerator random);
}
