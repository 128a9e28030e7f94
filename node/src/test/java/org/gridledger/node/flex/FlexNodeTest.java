package org.gridledger.node.flex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridledger.flex.ledger.DrBillLine;
import org.gridledger.flex.ledger.DrBills;
import org.gridledger.flex.ledger.EventRecord;
import org.gridledger.flex.ledger.FlexState;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.BaselineMethod;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrDirection;
import org.gridledger.ledger.tx.DrInterval;
import org.gridledger.ledger.tx.DrOptIn;
import org.gridledger.ledger.tx.RegisterFlexResource;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.SettleDrEvent;
import org.gridledger.market.ledger.BillLine;
import org.gridledger.market.ledger.Bills;
import org.gridledger.market.ledger.IntervalRecord;
import org.gridledger.market.ledger.MarketState;
import org.gridledger.node.MutableClock;
import org.gridledger.node.TestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demand response end to end on a running node: the DSO enrols three household meters (one through
 * an aggregator) and calls a reduction on feeder F1 from 17:00 to 18:00 UTC on Monday 16 March
 * 2026; they commit; ten weekdays of history and the event day are read from signed meters; the
 * DSO's operator computes the high-5-of-10 baselines with the same-day adjustment and settles; the
 * rewards, penalties, arrears, bills and balances are checked to the micro-unit against the figures
 * worked out by hand in {@code flex/README.md}'s worked example.
 */
class FlexNodeTest {
  static final Instant EVENT = Instant.parse("2026-03-16T17:00:00Z");
  static final long D = 5_000_000;
  static final long REWARD = 400_003;
  static final long PENALTY = 200_007;

  @TempDir Path dir;

  @Test
  void eventCommitmentsReadingsBaselinesSettlementAndBills() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-16T11:00:00Z"));
    try (TestNode node = TestNode.start(dir, clock)) {
      KeyPair alice = node.participant("Alice", D, Role.CONSUMER);
      KeyPair bob = node.participant("Bob", D, Role.PROSUMER);
      KeyPair carol = node.participant("Carol", 0, Role.CONSUMER);
      KeyPair aggregator = node.participant("Aggregator", 0, Role.AGGREGATOR);
      FlexReadings readings = new FlexReadings(node);
      readings.meter("m-a", alice, "18");
      readings.meter("m-b", bob, "33");
      readings.meter("m-c", carol, "6");
      enrol(node, "m-a", 2_000, null);
      enrol(node, "m-b", 2_500, null);
      enrol(node, "m-c", 1_000, aggregator);

      clock.set(Instant.parse("2026-03-16T12:00:00Z"));
      node.client().sign(node.dso(), event("dr-1"), true);
      node.client().sign(alice, new DrOptIn("dr-1", "m-a", 1_000), true);
      node.client().sign(bob, new DrOptIn("dr-1", "m-b", 2_000), true);
      node.client().sign(aggregator, new DrOptIn("dr-1", "m-c", 800), true);
      JsonNode summary = node.client().get("api/v1/flex/events/dr-1", null);
      assertThat(summary.get("participants").asInt()).isEqualTo(3);
      assertThat(summary.get("committed_w").asLong()).isEqualTo(3_800);
      assertThat(summary.has("commitments")).as("who committed is not public").isFalse();

      readings.history();
      clock.set(Instant.parse("2026-03-16T18:05:00Z"));
      readings.eventDay(
          new long[][] {{72, 154, 238, 153}, {668, 784, 766, 843}, {449, 455, 451, 447}});
      EventRecord settled = awaitSettled(node, "dr-1");
      awaitMarket(node, Instant.parse("2026-03-16T17:45:00Z"));

      // the baselines, recomputed from the anchored readings, are the hand-computed ones
      SettleDrEvent recomputed = node.node().flex().operator().orElseThrow().settlement(settled);
      assertThat(recomputed.meters().get(0).intervals())
          .containsExactly(i(372, 72), i(404, 154), i(418, 238), i(413, 153));
      assertThat(recomputed.meters().get(1).intervals())
          .containsExactly(i(1068, 668), i(1084, 784), i(1100, 766), i(1043, 843));
      assertThat(recomputed.meters().get(2).intervals())
          .containsExactly(i(429, 449), i(435, 455), i(431, 451), i(427, 447));

      ChainStore store = node.node().chain().store();
      DrBillLine a = line(store, alice);
      assertThat(a.performance().deliveredWh()).isEqualTo(930);
      assertThat(a.performance().penalizedWh()).isZero();
      assertThat(a.performance().rewardMicros()).isEqualTo(372_002); // 930 × 400,003 / 1000
      assertThat(a.performance().penaltyMicros()).isZero();
      DrBillLine b = line(store, bob);
      assertThat(b.performance().committedWh()).isEqualTo(2_000);
      assertThat(b.performance().deliveredWh()).isEqualTo(1_234);
      assertThat(b.performance().penalizedWh()).isEqualTo(566); // 2000 − 1234 − 200
      assertThat(b.performance().rewardMicros()).isEqualTo(493_603);
      assertThat(b.performance().penaltyMicros()).isEqualTo(113_203); // 566 × 200,007 / 1000
      DrBillLine c = line(store, carol);
      assertThat(c.performance().deliveredWh()).isZero();
      assertThat(c.performance().penalizedWh()).isEqualTo(720);
      assertThat(c.performance().penaltyMicros()).isEqualTo(144_005);
      assertThat(c.arrearsMicros()).as("Carol has no money: all to arrears").isEqualTo(144_005);

      // balances move by the market's bill lines and the demand-response lines, nothing else
      assertThat(balance(store, alice)).isEqualTo(D + marketNet(store, alice) + 372_002);
      assertThat(balance(store, bob)).isEqualTo(D + marketNet(store, bob) + 493_603 - 113_203);
      assertThat(balance(store, carol)).isZero();
      assertThat(Accounts.balance(store, AccountId.arrearsOf(carol.publicKey())).micros())
          .isEqualTo(-144_005 + marketArrears(store, carol));

      String path = "api/v1/participants/" + bob.publicKey().toHex() + "/bills/2026-03";
      JsonNode bill = node.client().get(path, bob);
      assertThat(bill.at("/demand_response/totals/reward_micros").asLong()).isEqualTo(493_603);
      assertThat(bill.at("/demand_response/totals/penalty_micros").asLong()).isEqualTo(113_203);
      assertThat(bill.at("/demand_response/lines/0/event_id").asText()).isEqualTo("dr-1");
      assertThat(bill.at("/demand_response/lines/0/baseline_wh").asLong()).isEqualTo(4_295);
      assertThat(bill.at("/demand_response/lines/0/measured_wh").asLong()).isEqualTo(3_061);
      assertThat(bill.at("/totals/net_micros_all").asLong()).isEqualTo(balance(store, bob) - D);
      JsonNode mine =
          node.client().get("api/v1/participants/" + bob.publicKey().toHex() + "/flex", bob);
      assertThat(mine.at("/commitments/0/performance/net_micros").asLong()).isEqualTo(380_400);
      JsonNode events = node.client().get("api/v1/flex/events", null);
      assertThat(events.at("/events/0/status").asText()).isEqualTo("settled");
    }
  }

  static DrInterval i(long baseline, long measured) {
    return new DrInterval(baseline, measured);
  }

  static CreateDrEvent event(String id) {
    return new CreateDrEvent(
        id,
        "F1",
        List.of(),
        EVENT.toEpochMilli(),
        EVENT.plus(Duration.ofHours(1)).toEpochMilli(),
        15,
        DrDirection.REDUCE,
        3_000,
        REWARD,
        PENALTY,
        10,
        60,
        EVENT.minus(Duration.ofHours(1)).toEpochMilli(),
        BaselineMethod.HIGH_5_OF_10);
  }

  static void enrol(TestNode node, String meter, long capacityW, KeyPair aggregator) {
    node.client()
        .sign(
            node.dso(),
            new RegisterFlexResource(
                meter, capacityW, Optional.ofNullable(aggregator).map(KeyPair::publicKey)),
            true);
  }

  static KeyPair member(TestNode node, String name, Role role) {
    KeyPair keys = KeyPair.generate();
    node.client()
        .sign(node.dso(), new RegisterParticipant(keys.publicKey(), name, Set.of(role)), true);
    return keys;
  }

  private static DrBillLine line(ChainStore store, KeyPair who) {
    List<DrBillLine> lines = DrBills.lines(store, who.publicKey(), "2026-03");
    assertThat(lines).hasSize(1);
    return lines.getFirst();
  }

  private static long balance(ChainStore store, KeyPair who) {
    return Accounts.balance(store, AccountId.of(who.publicKey())).micros();
  }

  private static long marketNet(ChainStore store, KeyPair who) {
    return Bills.lines(store, who.publicKey(), "2026-03").stream()
        .mapToLong(BillLine::netMicros)
        .sum();
  }

  private static long marketArrears(ChainStore store, KeyPair who) {
    return -Bills.lines(store, who.publicKey(), "2026-03").stream()
        .mapToLong(BillLine::arrearsMicros)
        .sum();
  }

  static EventRecord awaitSettled(TestNode node, String id) throws InterruptedException {
    for (int i = 0; i < 800; i++) {
      node.node().flex().operator().orElseThrow().tick(node.clock().millis());
      EventRecord e = FlexState.event(node.node().chain().store(), id).orElseThrow();
      if (e.status() == EventRecord.Status.SETTLED) {
        return e;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("event " + id + " was not settled");
  }

  /** Waits until the market has settled the interval (and, in nonce order, those before it). */
  static void awaitMarket(TestNode node, Instant start) throws InterruptedException {
    for (int i = 0; i < 800; i++) {
      node.node().market().operator().orElseThrow().tick(node.clock().millis());
      if (MarketState.interval(node.node().chain().store(), start.toEpochMilli()).stage()
          == IntervalRecord.Stage.SETTLED) {
        return;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("the market did not settle " + start);
  }
}
