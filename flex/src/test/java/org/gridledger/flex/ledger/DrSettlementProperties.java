package org.gridledger.flex.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.state.MemoryState;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.tx.BaselineMethod;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrDirection;
import org.gridledger.ledger.tx.DrInterval;
import org.gridledger.ledger.tx.DrPerformance;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.SettleDrEvent;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.units.Money;

/**
 * Settling an event conserves money: whatever the commitments, baselines, measurements, prices and
 * balances, the sum over the grid account, the owners and their arrears is unchanged; no balance
 * goes negative, no arrears positive; and each owner's balance and arrears together move by exactly
 * its bill line.
 */
class DrSettlementProperties {
  static final long START = 1_773_680_400_000L; // 2026-03-16T17:00:00Z

  @Property(tries = 200)
  void settlementConservesMoney(
      @ForAll long seed,
      @ForAll @IntRange(min = 0, max = 8) int meters,
      @ForAll @IntRange(min = 1, max = 8) int intervals,
      @ForAll @LongRange(min = 0, max = 2_000_000) long reward,
      @ForAll @LongRange(min = 0, max = 2_000_000) long penalty,
      @ForAll @IntRange(min = 0, max = 100) int tolerance,
      @ForAll boolean increase) {
    Random random = new Random(seed);
    StateOverlay state = new StateOverlay(new MemoryState());
    CreateDrEvent e =
        new CreateDrEvent(
            "e",
            "F1",
            List.of(),
            START,
            START + intervals * 900_000L,
            15,
            increase ? DrDirection.INCREASE : DrDirection.REDUCE,
            10_000,
            reward,
            penalty,
            tolerance,
            0,
            START,
            BaselineMethod.AVERAGE_10);
    FlexState.create(state, new EventRecord(e, 0, EventRecord.Status.SCHEDULED, "", 0));
    List<KeyPair> owners = new ArrayList<>();
    List<DrPerformance> perfs = new ArrayList<>();
    for (int m = 0; m < meters; m++) {
      KeyPair owner = KeyPair.fromSeed(random);
      owners.add(owner);
      String meter = "m" + m;
      FlexState.put(
          state,
          new Commitment(
              "e",
              meter,
              owner.publicKey(),
              owner.publicKey(),
              1 + random.nextInt(20_000),
              0,
              true));
      Accounts.move(
          state,
          AccountId.GATEWAY,
          AccountId.of(owner.publicKey()),
          Money.micros(random.nextInt(3) == 0 ? 0 : random.nextInt(2_000_000)));
      List<DrInterval> values = new ArrayList<>();
      for (int i = 0; i < intervals; i++) {
        values.add(new DrInterval(random.nextInt(10_000) - 2_000, random.nextInt(10_000) - 2_000));
      }
      perfs.add(new DrPerformance(meter, values, false));
    }
    long before = total(state, owners);
    long[] own = new long[meters];
    for (int m = 0; m < meters; m++) {
      own[m] = ownerTotal(state, owners.get(m));
    }
    KeyPair dso = KeyPair.fromSeed(random);
    SettleDrEvent s = new SettleDrEvent("e", perfs);
    TxContext ctx =
        new TxContext(
            Transaction.sign(dso, "test", 0, s),
            new Participant(dso.publicKey(), "DSO", Set.of(Role.DSO), 0),
            1,
            e.windowEnd(),
            state);
    Outcome outcome = DrSettlementRule.settle(s, ctx);
    assertThat(outcome.isApplied()).as(outcome.toString()).isTrue();
    assertThat(total(state, owners)).isEqualTo(before);
    for (int m = 0; m < meters; m++) {
      KeyPair o = owners.get(m);
      DrBillLine line = FlexState.performance(state, "e", "m" + m).orElseThrow();
      assertThat(ownerTotal(state, o) - own[m]).isEqualTo(line.netMicros());
      assertThat(Accounts.balance(state, AccountId.of(o.publicKey())).isNegative()).isFalse();
      assertThat(Accounts.balance(state, AccountId.arrearsOf(o.publicKey())).micros())
          .isLessThanOrEqualTo(0);
    }
  }

  private static long ownerTotal(StateOverlay state, KeyPair o) {
    return Accounts.balance(state, AccountId.of(o.publicKey())).micros()
        + Accounts.balance(state, AccountId.arrearsOf(o.publicKey())).micros();
  }

  private static long total(StateOverlay state, List<KeyPair> owners) {
    long sum = Accounts.balance(state, AccountId.GRID).micros();
    for (KeyPair o : owners) {
      sum += ownerTotal(state, o);
    }
    return sum;
  }
}
