package org.gridledger.market.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.account.Device;
import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.tx.DeviceType;
import org.gridledger.ledger.tx.MarketParams;
import org.gridledger.ledger.tx.MeterEnergy;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.SettleInterval;
import org.gridledger.ledger.units.Money;
import org.gridledger.market.clearing.TradeValue;

/**
 * Settles an interval on what the meters measured. Every firm trade is paid at its price from the
 * buyer's escrow, with its network fee to the DSO. Then each meter's deviation from its contracted
 * position is an imbalance with the grid at the DSO's tariff: import beyond what it bought, or a
 * shortfall of what it sold, costs the import price; what it bought but did not take, or exported
 * beyond what it sold, earns the feed-in price. Every escrow is emptied back to its owner. All
 * money moves between accounts and amounts round down to the micro-unit, so the interval sums to
 * zero exactly. Unpaid consumption goes to arrears, never lost.
 */
final class SettlementRule {
  private SettlementRule() {}

  static Outcome settle(SettleInterval s, TxContext ctx, SettlementPoints points) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    MarketParams p = MarketState.params(ctx.state());
    long start = s.intervalStart();
    if (start % p.intervalMillis() != 0) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW, Refuse.at(start) + " is not the start of an interval");
    }
    if (ctx.timeMillis() < start + p.intervalMillis()) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW,
          "delivery of " + Refuse.at(start) + " ends at " + Refuse.at(start + p.intervalMillis()));
    }
    IntervalRecord interval = MarketState.interval(ctx.state(), start);
    if (interval.stage() == IntervalRecord.Stage.SETTLED) {
      return Refuse.because(
          Reason.INVALID_STATE, "the interval at " + Refuse.at(start) + " is already settled");
    }
    Map<String, Device> meters = new HashMap<>();
    for (MeterEnergy m : s.meters()) {
      Optional<Device> device = Registry.device(ctx.state(), m.meterId());
      if (device.isEmpty() || device.get().type() != DeviceType.METER) {
        return Refuse.because(Reason.UNKNOWN_DEVICE, "meter " + m.meterId() + " is not registered");
      }
      if (!points.isConnectionPoint(ctx.state(), m.meterId())) {
        return Refuse.because(
            Reason.INVALID_PAYLOAD,
            "meter "
                + m.meterId()
                + " is not a connection point: sub-meters and feeder heads are not billed");
      }
      meters.put(m.meterId(), device.get());
    }
    StateOverlay state = ctx.state();
    if (interval.stage() == IntervalRecord.Stage.OPEN) {
      closeUncleared(state, start);
    } else if (interval.stage() == IntervalRecord.Stage.CLEARED) {
      VerdictRule.byPolicy(state, interval, p);
    }
    List<TradeRecord> trades = MarketState.trades(state, start);
    Positions positions = Positions.of(trades);
    for (String meter : positions.meters()) {
      if (!meters.containsKey(meter)) {
        return Refuse.because(
            Reason.INVALID_PAYLOAD,
            "meter " + meter + " traded in this interval but has no measurement");
      }
    }
    Map<String, BillLine> lines = new HashMap<>();
    for (TradeRecord t : trades) {
      pay(state, t, lines, start);
    }
    for (MeterEnergy m : s.meters()) {
      Device device = meters.get(m.meterId());
      BillLine line = lines.getOrDefault(m.meterId(), BillLine.empty(start, m.meterId()));
      Bills.add(
          state, device.owner(), Imbalance.settle(state, device.owner(), m, positions, p, line));
    }
    for (OrderRecord o : MarketState.book(state, start)) {
      if (o.escrowMicros() > 0) {
        Escrows.release(state, o, Accounts.balance(state, MarketState.escrow(o.id())).micros());
        MarketState.put(state, o.with(0, o.status()));
      }
    }
    MarketState.put(state, MarketState.interval(state, start).settled());
    return Outcome.APPLIED;
  }

  private static void closeUncleared(StateOverlay state, long start) {
    for (OrderRecord o : MarketState.book(state, start)) {
      if (o.status() == OrderRecord.Status.OPEN) {
        Escrows.release(state, o, o.escrowMicros());
        MarketState.put(state, o.with(0, OrderRecord.Status.CLEARED));
      }
    }
  }

  private static void pay(
      StateOverlay state, TradeRecord t, Map<String, BillLine> lines, long start) {
    long firm = t.firmWh();
    if (firm == 0) {
      return;
    }
    Money value = Money.micros(TradeValue.of(firm, t.pricePerKwh()).microUnits());
    Money fee = Money.micros(TradeValue.of(firm, t.feePerKwh()).microUnits());
    AccountId escrow = MarketState.escrow(t.buyOrder());
    if (!Accounts.move(state, escrow, AccountId.of(t.seller()), value)
        || !Accounts.move(state, escrow, AccountId.GRID, fee)) {
      throw new IllegalStateException(
          "the escrow of order " + t.buyOrder() + " does not cover trade " + t.index());
    }
    lines.merge(
        t.buyerMeter(),
        BillLine.empty(start, t.buyerMeter()).bought(firm, value.micros(), fee.micros()),
        BillLine::plus);
    lines.merge(
        t.sellerMeter(),
        BillLine.empty(start, t.sellerMeter()).sold(firm, value.micros()),
        BillLine::plus);
  }
}
