package org.gridledger.sim.run;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.market.clearing.TradeValue;
import org.gridledger.market.ledger.BillLine;
import org.gridledger.market.ledger.Bills;
import org.gridledger.market.ledger.MarketState;
import org.gridledger.market.ledger.TradeRecord;
import org.gridledger.sim.community.Community;
import org.gridledger.sim.scenario.Scenario;

/** Reads back from the node's store what the ledger holds after a run. */
final class LedgerFigures {
  private LedgerFigures() {}

  static SimulationResult collect(
      Community community,
      SimNode node,
      List<Enrolment.Keys> keys,
      List<IntervalRow> rows,
      List<HouseholdTotals> totals,
      long deposit,
      long wallNanos) {
    ChainStore store = node.store();
    Scenario s = community.scenario();
    List<String> months = months(s);
    List<HouseholdLedger> ledger = new ArrayList<>();
    long transactions = Accounts.get(store, AccountId.of(node.dso().publicKey())).nonce();
    for (Enrolment.Keys k : keys) {
      var owner = k.owner().publicKey();
      transactions += Accounts.get(store, AccountId.of(owner)).nonce();
      long[] sum = new long[11];
      for (String month : months) {
        for (BillLine l : Bills.lines(store, owner, month)) {
          sum[0] += l.netMicros();
          sum[1] += l.boughtWh();
          sum[2] += l.soldWh();
          sum[3] += l.paidMicros();
          sum[4] += l.earnedMicros();
          sum[5] += l.feesMicros();
          sum[6] += l.gridImportWh();
          sum[7] += l.gridImportMicros();
          sum[8] += l.gridExportWh();
          sum[9] += l.gridExportMicros();
          sum[10] += l.arrearsMicros();
        }
      }
      long balance = Accounts.balance(store, AccountId.of(owner)).micros();
      ledger.add(
          new HouseholdLedger(
              balance - deposit,
              sum[0],
              sum[1],
              sum[2],
              sum[3],
              sum[4],
              sum[5],
              sum[6],
              sum[7],
              sum[8],
              sum[9],
              sum[10]));
    }
    long traded = 0;
    long value = 0;
    for (IntervalRow row : rows) {
      for (TradeRecord t : MarketState.trades(store, row.startMillis())) {
        traded += t.firmWh();
        value += TradeValue.of(t.firmWh(), t.pricePerKwh()).microUnits();
      }
    }
    long height = store.head().orElseThrow().height();
    long bytes = 0;
    for (long h = 0; h <= height; h++) {
      bytes += store.rawBlock(h).map(b -> b.length).orElse(0);
    }
    long readings = node.node().metering().orElseThrow().metering().anchors().anchoredCount();
    return new SimulationResult(
        community,
        rows,
        totals,
        ledger,
        traded,
        value,
        transactions,
        height + 1,
        bytes,
        readings,
        wallNanos);
  }

  private static List<String> months(Scenario s) {
    List<String> out = new ArrayList<>();
    Instant end = s.startInstant().plusMillis(s.intervals() * s.intervalMillis());
    YearMonth last = YearMonth.from(end.atZone(ZoneOffset.UTC));
    for (YearMonth m = YearMonth.from(s.start()); !m.isAfter(last); m = m.plusMonths(1)) {
      out.add(m.toString());
    }
    return out;
  }
}
