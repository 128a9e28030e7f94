package org.gridledger.node.api;

import io.javalin.Javalin;
import java.time.Clock;
import org.gridledger.metering.Metering;
import org.gridledger.node.MeteringMetrics;

/**
 * The metering routes: readings in (HTTP), readings, proofs and energy out (owner, DSO, auditors),
 * per-feeder aggregates (public), the energy balance and its alerts (DSO, auditors).
 */
public final class MeteringApi {
  private MeteringApi() {}

  public static void register(
      Javalin app, Metering metering, MeteringMetrics metrics, Caller caller, Clock clock) {
    new ReadingRoutes(metering, caller).register(app);
    new MeterRoutes(metering, metrics, caller, clock).register(app);
    new FeederRoutes(metering, caller).register(app);
  }
}
