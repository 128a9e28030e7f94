package org.gridledger.node.wiring;

import java.time.Clock;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.node.api.ApiServer;
import org.gridledger.node.api.BlockListRoutes;
import org.gridledger.node.api.Caller;
import org.gridledger.node.api.GridRoutes;
import org.gridledger.node.api.LiveEvents;
import org.gridledger.node.api.MarketHistoryRoutes;
import org.gridledger.node.api.ParticipantMeterRoutes;
import org.gridledger.node.dashboard.GridState;
import org.gridledger.node.operator.MeteredEnergy;

/**
 * The routes the web dashboard reads beside the REST API: the feeder's topology and flow, recent
 * market intervals, block lists with their verification, a participant's meters and the live
 * events. The pages themselves are served by {@link ApiServer}.
 */
public final class DashboardWiring {
  private DashboardWiring() {}

  public static void routes(
      ApiServer api, Chain chain, MeteringWiring metering, MarketWiring market, Clock clock) {
    Caller caller = new Caller(chain.store(), clock);
    GridState grid = new GridState(market.grid().model(), new MeteredEnergy(metering.metering()));
    api.extend(
        app -> {
          new GridRoutes(grid, chain, clock).register(app);
          new MarketHistoryRoutes(chain.store(), clock).register(app);
          new BlockListRoutes(chain, clock).register(app);
          new ParticipantMeterRoutes(metering.metering(), caller).register(app);
          new LiveEvents(chain, clock).register(app);
        });
  }
}
