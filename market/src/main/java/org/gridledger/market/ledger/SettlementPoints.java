package org.gridledger.market.ledger;

import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.tx.DeviceType;

/**
 * Which meters are connection points: the meters orders may name and settlement bills (sub-meters
 * behind them and feeder-head meters are neither). The market asks; the metering module, which
 * knows each meter's kind, answers through the node's wiring, so neither reads the other's state.
 */
@FunctionalInterface
public interface SettlementPoints {
  /** Every registered meter is a connection point: for chains without meter kinds. */
  SettlementPoints ANY_METER =
      (state, meterId) ->
          Registry.device(state, meterId).filter(d -> d.type() == DeviceType.METER).isPresent();

  boolean isConnectionPoint(StateReader state, String meterId);
}
