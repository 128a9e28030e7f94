package org.gridledger.node.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.BookCharging;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.RotatePseudonym;
import org.gridledger.ledger.units.Energy;
import org.gridledger.mobility.ledger.MobilityState;
import org.gridledger.mobility.sim.SimulatedChargePoint;
import org.gridledger.node.MutableClock;
import org.gridledger.node.TestNode;
import org.gridledger.node.client.NodeClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole EV path on a running node, with a simulated charger over a real WebSocket: register,
 * search, book, authorize, charge, stop, settle on the metered energy, receipt and bill, to the
 * micro-unit.
 */
@Timeout(120)
class EvChargingEndToEndTest {
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  @TempDir Path dir;

  @Test
  void registerSearchBookChargeSettleAndReceipt() throws Exception {
    MutableClock clock = new MutableClock(T0);
    try (TestNode node = TestNode.start(dir, clock)) {
      KeyPair owner = node.participant("Owner", 0, Role.CHARGE_POINT_OWNER);
      KeyPair driver = node.participant("Driver", 50_000_000, Role.EV_DRIVER);
      KeyPair stranger = node.participant("Stranger", 1_000_000, Role.EV_DRIVER);
      EvFixture.Cp cp =
          EvFixture.register(
              node, "CP-1", owner, "18", "F1", 11_000, 300_000, 500_000, List.of(), 4814, 1158);
      EvFixture.register(
          node, "CP-FAR", owner, "25", "F1", 11_000, 200_000, 0, List.of(), 4900, 1200);
      node.client().sign(driver, new RotatePseudonym("drv-a1b2", ""), true);

      // search near Munich: CP-1 first, the cheaper one 90 km away not in range
      JsonNode found =
          node.client()
              .get(
                  "api/v1/mobility/search?lat=48.15&lon=11.57&start="
                      + START
                      + "&end="
                      + START.plus(Duration.ofHours(2))
                      + "&energy_wh=10000",
                  null);
      assertThat(found.get("hits")).hasSize(1);
      assertThat(found.at("/hits/0/charge_point_id").asText()).isEqualTo("CP-1");
      assertThat(found.at("/hits/0/cost_micros").asLong()).isEqualTo(3_000_000 + 1_000_000);

      // book two hours: the deposit is held in escrow
      JsonNode booked =
          node.client()
              .sign(
                  driver,
                  new BookCharging(
                      "CP-1",
                      "drv-a1b2",
                      START.toEpochMilli(),
                      START.plus(Duration.ofHours(2)).toEpochMilli(),
                      Energy.wh(10_000)),
                  true);
      String bookingId = booked.get("hash").asText();
      assertThat(balance(node, driver)).isEqualTo(50_000_000 - 4_000_000);
      JsonNode booking = node.client().get("api/v1/mobility/bookings/" + bookingId, driver);
      assertThat(booking.get("status").asText()).isEqualTo("booked");
      assertThat(booking.get("deposit_micros").asLong()).isEqualTo(4_000_000);
      // the slot is taken now
      assertThatThrownBy(
              () ->
                  node.client()
                      .sign(
                          stranger,
                          new BookCharging(
                              "CP-1",
                              "drv-a1b2",
                              START.toEpochMilli(),
                              START.plus(Duration.ofMinutes(15)).toEpochMilli(),
                              Energy.wh(1_000)),
                          true))
          .isInstanceOf(NodeClientException.class);

      // the DSO publishes the feeder's state before the session (its steering bonus)
      EvFixture.mobility(node).tick(clock.millis());
      EvFixture.await(
          "the feeder's state",
          () -> MobilityState.feeder(node.node().chain().store(), "F1").isPresent());
      long bonus = MobilityState.feeder(node.node().chain().store(), "F1").get().bonusPerKwh();

      SimulatedChargePoint sim = EvFixture.connect(node, cp, 11_000);
      clock.set(START);
      assertThat(sim.authorize("drv-a1b2").get(20, TimeUnit.SECONDS)).isEqualTo("Accepted");
      assertThat(sim.authorize("somebody-else").get(20, TimeUnit.SECONDS)).isEqualTo("Invalid");
      JsonNode started = sim.start("drv-a1b2").get(20, TimeUnit.SECONDS);
      assertThat(started.at("/idTagInfo/status").asText()).isEqualTo("Accepted");
      int tx = started.get("transactionId").asInt();
      EvFixture.await(
          "the session on the ledger",
          () -> MobilityState.session(node.node().chain().store(), "CP-1", tx).isPresent());
      clock.advance(Duration.ofMinutes(30));
      sim.meterValues().get(20, TimeUnit.SECONDS);
      assertThat(sim.registerWh()).isEqualTo(5_500);
      clock.advance(Duration.ofMinutes(30));
      sim.stop("Local").get(20, TimeUnit.SECONDS);
      EvFixture.await(
          "the receipt",
          () -> MobilityState.receipt(node.node().chain().store(), "CP-1", tx).isPresent());

      long fee = node.node().market().grid().networkFeeMicroPerKwh("1", "18");
      long energyMicros = 11_000L * 300_000 / 1000;
      long timeMicros = 500_000;
      long feeMicros = 11_000L * fee / 1000;
      long bonusMicros = Math.floorDiv(11_000L * bonus, 1000);
      long paid = energyMicros + timeMicros + feeMicros - bonusMicros;
      JsonNode receipt = node.client().get("api/v1/mobility/receipts/CP-1/" + tx, driver);
      assertThat(receipt.get("energy_wh").asLong()).isEqualTo(11_000);
      assertThat(receipt.get("energy_micros").asLong()).isEqualTo(energyMicros);
      assertThat(receipt.get("time_micros").asLong()).isEqualTo(timeMicros);
      assertThat(receipt.get("network_fee_micros").asLong()).isEqualTo(feeMicros);
      assertThat(receipt.get("bonus_micros").asLong()).isEqualTo(bonusMicros);
      assertThat(receipt.get("driver_micros").asLong()).isEqualTo(paid);
      assertThat(receipt.get("pseudonym").asText()).isEqualTo("drv-a1b2");
      // the deposit came back, the session was paid from the balance
      assertThat(balance(node, driver)).isEqualTo(50_000_000 - paid);
      assertThat(balance(node, owner)).isEqualTo(energyMicros + timeMicros);
      assertThat(
              node.client()
                  .get("api/v1/mobility/bookings/" + bookingId, driver)
                  .get("status")
                  .asText())
          .isEqualTo("completed");
      // the owner sees the receipt under the pseudonym, a stranger nothing, the owner no driver
      assertThat(
              node.client()
                  .get("api/v1/mobility/receipts/CP-1/" + tx, owner)
                  .get("pseudonym")
                  .asText())
          .isEqualTo("drv-a1b2");
      assertThatThrownBy(() -> node.client().get("api/v1/mobility/receipts/CP-1/" + tx, stranger))
          .isInstanceOf(NodeClientException.class);
      assertThatThrownBy(() -> node.client().get("api/v1/mobility/pseudonyms/drv-a1b2", owner))
          .isInstanceOf(NodeClientException.class);
      assertThat(
              node.client()
                  .get("api/v1/mobility/pseudonyms/drv-a1b2", node.dso())
                  .get("driver")
                  .asText())
          .isEqualTo(driver.publicKey().toHex());

      JsonNode bill =
          node.client()
              .get("api/v1/participants/" + driver.publicKey().toHex() + "/bills/2026-03", driver);
      assertThat(bill.get("ev_lines")).hasSize(1);
      assertThat(bill.get("ev_net_micros").asLong()).isEqualTo(-paid);
      sim.client().close();
    }
  }

  private static long balance(TestNode node, KeyPair who) {
    return node.client().account(who.publicKey(), who).get("balance_micros").asLong();
  }
}
