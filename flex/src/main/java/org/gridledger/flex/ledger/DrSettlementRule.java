package org.gridledger.flex.ledger;

import java.util.List;
import java.util.Optional;
import org.gridledger.flex.settlement.DrSettlement;
import org.gridledger.flex.settlement.Performance;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrPerformance;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.SettleDrEvent;
import org.gridledger.ledger.units.Money;

/**
 * Settles an event once its window has passed: every active commitment must be listed with a
 * baseline and a measurement per interval; {@link DrSettlement} turns them into delivery, reward
 * and penalty. The reward moves from the DSO's grid account to the owner, then the penalty from the
 * owner (its balance as far as it goes, the rest to its arrears) to the grid account: every
 * movement double-entry, so money is conserved exactly. Each meter gets its bill line.
 */
final class DrSettlementRule {
  private DrSettlementRule() {}

  static Outcome settle(SettleDrEvent s, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    Optional<EventRecord> found = FlexState.event(ctx.state(), s.eventId());
    if (found.isEmpty()) {
      return Refuse.because(Reason.UNKNOWN_EVENT, "no event " + s.eventId());
    }
    EventRecord event = found.get();
    CreateDrEvent e = event.event();
    if (event.status() != EventRecord.Status.SCHEDULED) {
      return Refuse.because(
          Reason.INVALID_STATE, "event " + s.eventId() + " is " + event.status().jsonName());
    }
    if (ctx.timeMillis() < e.windowEnd()) {
      return Refuse.because(
          Reason.OUT_OF_WINDOW, "event " + s.eventId() + " runs until " + Refuse.at(e.windowEnd()));
    }
    List<Commitment> active = FlexState.active(ctx.state(), s.eventId());
    List<String> expected = active.stream().map(Commitment::meterId).toList();
    List<String> given = s.meters().stream().map(DrPerformance::meterId).toList();
    if (!expected.equals(given)) {
      return Refuse.because(
          Reason.INVALID_PAYLOAD,
          "the settlement of event "
              + s.eventId()
              + " must list its committed meters "
              + expected
              + ", not "
              + given);
    }
    for (int i = 0; i < active.size(); i++) {
      Commitment c = active.get(i);
      DrPerformance p = s.meters().get(i);
      if (p.intervals().size() != e.intervals()) {
        return Refuse.because(
            Reason.INVALID_PAYLOAD,
            "meter "
                + p.meterId()
                + " has "
                + p.intervals().size()
                + " intervals; the window has "
                + e.intervals());
      }
      Performance perf =
          DrSettlement.perform(
              e.direction(),
              c.committedW(),
              e.intervalMinutes(),
              p.intervals(),
              e.tolerancePct(),
              e.rewardPerKwh(),
              e.penaltyPerKwh());
      Accounts.moveOnCredit(
          ctx.state(), AccountId.GRID, AccountId.of(c.owner()), Money.micros(perf.rewardMicros()));
      Money arrears =
          Accounts.charge(
              ctx.state(), c.owner(), AccountId.GRID, Money.micros(perf.penaltyMicros()));
      DrBillLine line =
          new DrBillLine(
              e.eventId(),
              c.meterId(),
              e.windowStart(),
              e.windowEnd(),
              c.committedW(),
              perf,
              arrears.micros(),
              p.estimated());
      FlexState.putPerformance(ctx.state(), line);
      DrBills.add(ctx.state(), c.owner(), line);
    }
    FlexState.put(ctx.state(), event.with(EventRecord.Status.SETTLED, ""));
    return Outcome.APPLIED;
  }
}
