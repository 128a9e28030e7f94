package org.gridledger.node.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.tx.PlaceOrder;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Money;
import org.gridledger.ledger.units.Price;
import org.gridledger.metering.reading.Reading;
import org.gridledger.node.Http;
import org.gridledger.node.MutableClock;
import org.gridledger.node.TestNode;

/**
 * A small community on a test node for the dashboard: a seller, a buyer and a neighbour with their
 * meters on the IEEE 33-bus feeder, one traded interval cleared, judged, metered and settled, and
 * readings that keep coming interval after interval.
 */
final class DashboardCommunity {
  static final Instant S = Instant.parse("2026-03-02T09:00:00Z");
  static final long DEPOSIT = 5_000_000;
  static final String[] METERS = {"m-seller", "m-buyer", "m-neighbour"};

  final TestNode node;
  final MutableClock clock;
  final KeyPair seller;
  final KeyPair buyer;
  final KeyPair neighbour;
  private final KeyPair[] meterKeys = new KeyPair[3];
  private final long[][] registers = {{0, 10_000}, {20_000, 0}, {5_000, 0}};
  private int sequence;

  DashboardCommunity(TestNode node, MutableClock clock) {
    this.node = node;
    this.clock = clock;
    seller = node.participant("Seller", DEPOSIT, Role.PROSUMER);
    buyer = node.participant("Buyer", DEPOSIT, Role.CONSUMER);
    neighbour = node.participant("Neighbour", DEPOSIT, Role.CONSUMER);
    meterKeys[0] = node.householdMeter(METERS[0], seller, "18");
    meterKeys[1] = node.householdMeter(METERS[1], buyer, "33");
    meterKeys[2] = node.householdMeter(METERS[2], neighbour, "6");
  }

  /** One interval from orders to settlement: 800 Wh from the seller to the buyer. */
  void tradeAndSettle() throws Exception {
    clock.set(S.minusSeconds(30 * 60));
    node.client()
        .sign(
            seller,
            new PlaceOrder(
                S.toEpochMilli(),
                OrderSide.SELL,
                Energy.wh(1000),
                Price.microsPerKwh(100_000),
                METERS[0]),
            true);
    node.client()
        .sign(
            buyer,
            new PlaceOrder(
                S.toEpochMilli(),
                OrderSide.BUY,
                Energy.wh(800),
                Price.microsPerKwh(200_000),
                METERS[1]),
            true);
    clock.set(S.minusSeconds(4 * 60));
    awaitStage("cleared");
    clock.set(S.minusSeconds(3 * 60));
    awaitStage("firm");
    clock.set(S.plusSeconds(16 * 60));
    readings(S, new long[][] {{0, 0}, {0, 0}, {0, 0}});
    readings(S.plusSeconds(15 * 60), new long[][] {{0, 900}, {700, 0}, {300, 0}});
    awaitStage("settled");
  }

  /**
   * Moves the clock past the next interval and meters it with the given growth of each meter's
   * registers ({import, export} Wh per meter), so the feeder's flow changes.
   */
  void nextInterval(long[][] growth) throws Exception {
    Instant end = lastReading.plusSeconds(15 * 60);
    clock.set(end.plusSeconds(60));
    readings(end, growth);
  }

  private Instant lastReading = S;

  private void readings(Instant at, long[][] growth) throws Exception {
    for (int i = 0; i < 3; i++) {
      registers[i][0] += growth[i][0];
      registers[i][1] += growth[i][1];
      byte[] r =
          Reading.of(METERS[i], sequence, at.toEpochMilli(), registers[i][0], registers[i][1])
              .sign(meterKeys[i])
              .encode();
      byte[] body = new byte[r.length + 2];
      body[0] = (byte) (r.length >>> 8);
      body[1] = (byte) r.length;
      System.arraycopy(r, 0, body, 2, r.length);
      Http.Answer answer =
          Http.post(
              node.uri(), "api/v1/meters/readings?wait=true", "application/octet-stream", body);
      assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
      assertThat(answer.body().get("accepted").asInt()).as(answer.body().toString()).isEqualTo(1);
    }
    sequence++;
    lastReading = at;
  }

  /** A deposit by the DSO: one more block. */
  void deposit(KeyPair to, long micros) {
    node.client()
        .sign(node.dso(), new Deposit(to.publicKey(), Money.micros(micros), "top-up"), true);
  }

  private void awaitStage(String stage) throws InterruptedException {
    JsonNode interval = null;
    for (int i = 0; i < 400; i++) {
      node.node().market().operator().orElseThrow().tick(node.clock().millis());
      interval = node.client().get("api/v1/market/intervals/" + S, null);
      if (interval.get("stage").asText().equals(stage)) {
        return;
      }
      Thread.sleep(25);
    }
    throw new AssertionError(
        "the interval stayed "
            + interval
            + "; readiness "
            + node.client().get("api/v1/metering/readiness?start=" + S, node.dso())
            + "; refused "
            + node.client().get("api/v1/metering/refused", node.dso())
            + "; stats "
            + node.client().get("api/v1/metering/stats", node.dso())
            + "; health "
            + node.client().get("health", null));
  }
}
