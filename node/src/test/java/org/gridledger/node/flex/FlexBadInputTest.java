package org.gridledger.node.flex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridledger.flex.ledger.FlexState;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.BaselineMethod;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.DrDirection;
import org.gridledger.ledger.tx.DrOptIn;
import org.gridledger.ledger.tx.DrOptOut;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.Role;
import org.gridledger.node.MutableClock;
import org.gridledger.node.TestNode;
import org.gridledger.node.client.NodeClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad demand-response request is refused over HTTP with its status, code and a message naming
 * the problem, and leaves the state as it was.
 */
class FlexBadInputTest {
  static final Instant NOW = Instant.parse("2026-03-16T12:00:00Z");
  @TempDir Path dir;

  @Test
  void badEventsAndCommitmentsAreRefusedWithAReason() throws Exception {
    MutableClock clock = new MutableClock(NOW);
    try (TestNode node = TestNode.start(dir, clock)) {
      KeyPair alice = node.participant("Alice", 0, Role.CONSUMER);
      KeyPair bob = node.participant("Bob", 0, Role.CONSUMER);
      KeyPair stranger = node.participant("Stranger", 0, Role.CONSUMER);
      FlexReadings meters = new FlexReadings(node);
      meters.meter("m-a", alice, "18");
      meters.meter("m-b", bob, "33");
      meters.meter("m-s", stranger, "6");
      FlexNodeTest.enrol(node, "m-a", 2_000, null);
      FlexNodeTest.enrol(node, "m-b", 2_000, null);

      Instant start = NOW.plus(Duration.ofHours(5));
      node.client().sign(node.dso(), event("ok", start, DrDirection.REDUCE, List.of()), true);

      refused(
          node,
          node.dso(),
          event("past", NOW.minus(Duration.ofHours(1)), DrDirection.REDUCE, List.of()),
          422,
          "out_of_window",
          "in the past");
      refused(
          node,
          node.dso(),
          event("short-notice", NOW.plus(Duration.ofMinutes(30)), DrDirection.REDUCE, List.of()),
          422,
          "out_of_window",
          "notice");
      refused(
          node,
          node.dso(),
          event("contra", start.plus(Duration.ofMinutes(30)), DrDirection.INCREASE, List.of("18")),
          409,
          "conflicting_event",
          "event ok");
      refused(
          node,
          node.dso(),
          event("ok", start.plus(Duration.ofHours(3)), DrDirection.REDUCE, List.of()),
          409,
          "duplicate",
          "already exists");
      refused(
          node,
          alice,
          event("by-alice", start, DrDirection.REDUCE, List.of()),
          403,
          "unauthorized_role",
          "dso");
      // an increase elsewhere in time, or on other buses, does not contradict
      node.client()
          .sign(
              node.dso(),
              event("later", start.plus(Duration.ofHours(2)), DrDirection.INCREASE, List.of()),
              true);

      refused(node, alice, new DrOptIn("nope", "m-a", 500), 422, "unknown_event", "nope");
      refused(node, stranger, new DrOptIn("ok", "m-s", 500), 422, "not_enrolled", "m-s");
      refused(node, stranger, new DrOptIn("ok", "m-a", 500), 403, "unauthorized_role", "owner");
      refused(node, alice, new DrOptIn("ok", "m-a", 2_001), 422, "over_capacity", "2000 W");
      node.client()
          .sign(node.dso(), event("elsewhere", start, DrDirection.REDUCE, List.of("2")), true);
      refused(node, alice, new DrOptIn("elsewhere", "m-a", 500), 422, "not_targeted", "bus 18");
      refused(node, alice, new DrOptOut("ok", "m-a"), 409, "invalid_state", "no commitment");

      node.client().sign(alice, new DrOptIn("ok", "m-a", 1_000), true);
      node.client()
          .sign(
              node.dso(),
              event("overlap", start.plus(Duration.ofMinutes(30)), DrDirection.REDUCE, List.of()),
              true);
      refused(node, alice, new DrOptIn("overlap", "m-a", 500), 409, "conflicting_event", "ok");

      clock.set(start.minus(Duration.ofMinutes(59)));
      refused(node, bob, new DrOptIn("ok", "m-b", 500), 422, "out_of_window", "deadline");
      refused(node, alice, new DrOptOut("ok", "m-a"), 422, "out_of_window", "deadline");

      var store = node.node().chain().store();
      assertThat(FlexState.eventIds(store)).containsExactly("ok", "later", "elsewhere", "overlap");
      assertThat(FlexState.active(store, "ok")).hasSize(1);
      assertThat(FlexState.commitment(store, "ok", "m-b")).isEmpty();
    }
  }

  static CreateDrEvent event(String id, Instant start, DrDirection direction, List<String> buses) {
    return new CreateDrEvent(
        id,
        "F1",
        buses,
        start.toEpochMilli(),
        start.plus(Duration.ofHours(1)).toEpochMilli(),
        15,
        direction,
        2_000,
        300_000,
        100_000,
        10,
        60,
        start.minus(Duration.ofHours(1)).toEpochMilli(),
        BaselineMethod.AVERAGE_10);
  }

  private static void refused(
      TestNode node, KeyPair sender, Payload payload, int status, String code, String mention) {
    NodeClientException e =
        catchThrowableOfType(
            NodeClientException.class, () -> node.client().sign(sender, payload, true));
    assertThat(e).as(payload.toString()).isNotNull();
    assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
    assertThat(e.code()).as(e.getMessage()).isEqualTo(code);
    assertThat(e.getMessage()).containsIgnoringCase(mention);
  }
}
