package org.gridledger.node.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.AvailabilityWindow;
import org.gridledger.ledger.tx.BookCharging;
import org.gridledger.ledger.tx.CancelBooking;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.RotatePseudonym;
import org.gridledger.ledger.units.Energy;
import org.gridledger.mobility.ledger.MobilityState;
import org.gridledger.mobility.ocpp.OcppRefusals.Kind;
import org.gridledger.mobility.sim.OcppJClient;
import org.gridledger.mobility.sim.SimulatedChargePoint;
import org.gridledger.node.Http;
import org.gridledger.node.MutableClock;
import org.gridledger.node.TestNode;
import org.gridledger.node.client.NodeClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on a running node: each refused the OCPP way (or with the API's error), logged and
 * counted, and the node keeps serving. Also the booking rules: free and late cancellation, no-show.
 */
@Timeout(120)
class EvBadInputTest {
  static final Instant T0 = Instant.parse("2026-03-02T07:00:00Z");
  @TempDir Path dir;

  @Test
  void badOcppInputIsRefusedAndTheNodeStaysUp() throws Exception {
    MutableClock clock = new MutableClock(T0);
    try (TestNode node = TestNode.start(dir, clock)) {
      KeyPair owner = node.participant("Owner", 0, Role.CHARGE_POINT_OWNER);
      KeyPair driver = node.participant("Driver", 10_000_000, Role.EV_DRIVER);
      node.client().sign(driver, new RotatePseudonym("drv-1", ""), true);
      EvFixture.Cp cp =
          EvFixture.register(
              node, "CP-1", owner, "18", "F1", 11_000, 300_000, 0, List.of(), 4814, 1158);
      var refusals = EvFixture.mobility(node).central().refusals();
      URI base = EvFixture.ocpp(node);

      // unknown identity, wrong key, no credentials: refused at the handshake or closed
      SimulatedChargePoint stranger =
          new SimulatedChargePoint("CP-NOBODY", "0123456789abcdef0123", 11_000, 1, 0, clock);
      assertThatThrownBy(() -> stranger.connect(EvFixture.HTTP, base).get(20, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class);
      SimulatedChargePoint impostor =
          new SimulatedChargePoint("CP-1", "0123456789abcdef0123", 11_000, 1, 0, clock);
      assertThatThrownBy(() -> impostor.connect(EvFixture.HTTP, base).get(20, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class);
      assertThat(refusals.count(Kind.UNKNOWN_IDENTITY)).isGreaterThanOrEqualTo(1);
      assertThat(refusals.count(Kind.BAD_CREDENTIALS)).isGreaterThanOrEqualTo(1);
      OcppJClient anonymous = new OcppJClient(f -> null);
      try {
        EvFixture.HTTP
            .newWebSocketBuilder()
            .subprotocols("ocpp1.6")
            .buildAsync(base.resolve("CP-1"), anonymous)
            .get(20, TimeUnit.SECONDS);
        assertThat(anonymous.closed().get(20, TimeUnit.SECONDS)).isNotNull();
      } catch (ExecutionException refusedAtHandshake) {
        // also acceptable: nothing was opened
      }

      SimulatedChargePoint sim = EvFixture.connect(node, cp, 11_000);

      // malformed frames: CALLERRORs or ignored; the connection and the node keep working
      sim.client().sendRaw("this is not json");
      sim.client().sendRaw("[2, \"m1\", \"Heartbeat\"");
      assertThatThrownBy(
              () ->
                  sim.client()
                      .call("NoSuchAction", OcppJClient.JSON.createObjectNode())
                      .get(20, TimeUnit.SECONDS))
          .hasCauseInstanceOf(OcppJClient.CallError.class);
      assertThatThrownBy(
              () ->
                  sim.client()
                      .call("BootNotification", OcppJClient.JSON.createObjectNode())
                      .get(20, TimeUnit.SECONDS))
          .hasCauseInstanceOf(OcppJClient.CallError.class);
      assertThat(sim.heartbeat().get(20, TimeUnit.SECONDS).has("currentTime")).isTrue();

      // unknown idTag: Invalid, no transaction recorded
      assertThat(sim.authorize("nobody").get(20, TimeUnit.SECONDS)).isEqualTo("Invalid");
      JsonNode refused = sim.start("nobody").get(20, TimeUnit.SECONDS);
      assertThat(refused.at("/idTagInfo/status").asText()).isEqualTo("Invalid");
      assertThat(EvFixture.mobility(node).central().activeSessions()).isEmpty();
      assertThat(refusals.count(Kind.UNKNOWN_ID_TAG)).isGreaterThanOrEqualTo(2);

      // StopTransaction without a start: idTagInfo Invalid
      JsonNode orphan = sim.stop(987_654, 100, "Local").get(20, TimeUnit.SECONDS);
      assertThat(orphan.at("/idTagInfo/status").asText()).isEqualTo("Invalid");
      assertThat(refusals.count(Kind.STOP_WITHOUT_START)).isEqualTo(1);

      // meter values going backwards: refused; the session settles on the highest register
      int tx = sim.start("drv-1").get(20, TimeUnit.SECONDS).get("transactionId").asInt();
      sim.meterValues(5_000, 11_000).get(20, TimeUnit.SECONDS);
      sim.meterValues(3_000, 11_000).get(20, TimeUnit.SECONDS);
      assertThat(refusals.count(Kind.METER_BACKWARDS)).isEqualTo(1);
      sim.meterValues(4_000, 11_000).get(20, TimeUnit.SECONDS);
      sim.meterValues(100, 11_000);
      clock.advance(Duration.ofMinutes(30));
      sim.stop(tx, 2_000, "Local").get(20, TimeUnit.SECONDS);
      EvFixture.await(
          "the receipt",
          () -> MobilityState.receipt(node.node().chain().store(), "CP-1", tx).isPresent());
      assertThat(MobilityState.receipt(node.node().chain().store(), "CP-1", tx).get().energyWh())
          .isEqualTo(5_000);
      assertThat(refusals.count(Kind.METER_BACKWARDS)).isGreaterThanOrEqualTo(3);
      // meter values for a transaction that is not running
      sim.meterValues(6_000, 0).get(20, TimeUnit.SECONDS);

      assertThat(Http.get(node.uri(), "health", null).status()).isEqualTo(200);
      JsonNode log = node.client().get("api/v1/mobility/ocpp", node.dso());
      assertThat(log.get("refusals").size()).isGreaterThanOrEqualTo(8);
      sim.client().close();
    }
  }

  @Test
  void bookingsRefusedWhereUnavailableAndCancellationAndNoShowSettled() throws Exception {
    MutableClock clock = new MutableClock(T0);
    try (TestNode node = TestNode.start(dir, clock)) {
      KeyPair owner = node.participant("Owner", 0, Role.CHARGE_POINT_OWNER);
      KeyPair driver = node.participant("Driver", 10_000_000, Role.EV_DRIVER);
      node.client().sign(driver, new RotatePseudonym("drv-1", ""), true);
      // open 08:00 to 12:00 UTC; 400,000 µ/kWh, no time price
      EvFixture.register(
          node,
          "CP-1",
          owner,
          "18",
          "F1",
          11_000,
          400_000,
          0,
          List.of(new AvailabilityWindow(8 * 60, 12 * 60)),
          4814,
          1158);
      Instant nine = Instant.parse("2026-03-02T09:00:00Z");

      NodeClientException closed =
          refused(node, driver, "CP-1", "drv-1", Instant.parse("2026-03-02T13:00:00Z"), 1);
      assertThat(closed.status()).isEqualTo(409);
      assertThat(closed.code()).isEqualTo("unavailable");
      assertThat(refused(node, driver, "CP-NONE", "drv-1", nine, 1).code())
          .isEqualTo("unknown_device");
      assertThat(refused(node, driver, "CP-1", "not-mine", nine, 1).code())
          .isEqualTo("unknown_participant");
      assertThat(
              refused(node, driver, "CP-1", "drv-1", Instant.parse("2026-03-02T06:00:00Z"), 1)
                  .code())
          .isEqualTo("out_of_window");

      // deposit 5 kWh × 400,000 = 2,000,000; cancelled more than an hour ahead: all back
      String early = book(node, driver, nine, 1);
      assertThat(balance(node, driver)).isEqualTo(8_000_000);
      node.client()
          .sign(driver, new CancelBooking(org.gridledger.ledger.crypto.Hash.fromHex(early)), true);
      assertThat(balance(node, driver)).isEqualTo(10_000_000);

      // cancelled within the hour: 20 % to the owner
      String late = book(node, driver, nine, 1);
      clock.set(nine.minus(Duration.ofMinutes(30)));
      node.client()
          .sign(driver, new CancelBooking(org.gridledger.ledger.crypto.Hash.fromHex(late)), true);
      assertThat(balance(node, driver)).isEqualTo(10_000_000 - 400_000);
      assertThat(balance(node, owner)).isEqualTo(400_000);

      // no-show: closed by the DSO after the grace period, 50 % to the owner
      String noShow = book(node, driver, Instant.parse("2026-03-02T10:00:00Z"), 1);
      clock.set(Instant.parse("2026-03-02T10:16:00Z"));
      EvFixture.mobility(node).tick(clock.millis());
      EvFixture.await(
          "the no-show closed",
          () ->
              node.client()
                  .get("api/v1/mobility/bookings/" + noShow, driver)
                  .get("status")
                  .asText()
                  .equals("no_show"));
      assertThat(balance(node, driver)).isEqualTo(10_000_000 - 400_000 - 1_000_000);
      assertThat(balance(node, owner)).isEqualTo(400_000 + 1_000_000);
      JsonNode bill =
          node.client()
              .get("api/v1/participants/" + owner.publicKey().toHex() + "/bills/2026-03", owner);
      assertThat(bill.get("ev_lines")).hasSize(2);
    }
  }

  private static String book(TestNode node, KeyPair driver, Instant start, int quarters) {
    return node.client()
        .sign(
            driver,
            new BookCharging(
                "CP-1",
                "drv-1",
                start.toEpochMilli(),
                start.plus(Duration.ofMinutes(15L * quarters)).toEpochMilli(),
                Energy.wh(5_000)),
            true)
        .get("hash")
        .asText();
  }

  private static NodeClientException refused(
      TestNode node, KeyPair driver, String cp, String pseudonym, Instant start, int quarters) {
    try {
      node.client()
          .sign(
              driver,
              new BookCharging(
                  cp,
                  pseudonym,
                  start.toEpochMilli(),
                  start.plus(Duration.ofMinutes(15L * quarters)).toEpochMilli(),
                  Energy.wh(5_000)),
              true);
    } catch (NodeClientException e) {
      return e;
    }
    throw new AssertionError("the booking was accepted");
  }

  private static long balance(TestNode node, KeyPair who) {
    return node.client().account(who.publicKey(), who).get("balance_micros").asLong();
  }
}
