package org.gridledger.node.market;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.tx.PlaceOrder;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;
import org.gridledger.metering.reading.Reading;
import org.gridledger.node.Http;
import org.gridledger.node.MutableClock;
import org.gridledger.node.TestNode;
import org.gridledger.node.api.RequestSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The market on a running node, the DSO's duties done by its operator: orders, clearing at gate
 * closure, the grid verdict from a power flow of the IEEE 33-bus feeder, readings from signed
 * meters, settlement and bills, checked to the micro-unit.
 */
class MarketNodeTest {
  static final Instant S = Instant.parse("2026-03-02T09:00:00Z");
  static final long D = 5_000_000;
  @TempDir Path dir;

  @Test
  void ordersClearJudgeSettleAndBillOnMeteredEnergy() throws Exception {
    MutableClock clock = new MutableClock(S.minusSeconds(3600));
    try (TestNode node = TestNode.start(dir, clock)) {
      KeyPair seller = node.participant("Seller", D, Role.PROSUMER);
      KeyPair buyer = node.participant("Buyer", D, Role.CONSUMER);
      KeyPair neighbour = node.participant("Neighbour", D, Role.CONSUMER);
      KeyPair sellerMeter = node.householdMeter("m-seller", seller, "18");
      KeyPair buyerMeter = node.householdMeter("m-buyer", buyer, "33");
      KeyPair neighbourMeter = node.householdMeter("m-neighbour", neighbour, "6");

      clock.set(S.minusSeconds(30 * 60));
      node.client()
          .sign(
              seller,
              new PlaceOrder(
                  S.toEpochMilli(),
                  OrderSide.SELL,
                  Energy.wh(1000),
                  Price.microsPerKwh(100_000),
                  "m-seller"),
              true);
      node.client()
          .sign(
              buyer,
              new PlaceOrder(
                  S.toEpochMilli(),
                  OrderSide.BUY,
                  Energy.wh(800),
                  Price.microsPerKwh(200_000),
                  "m-buyer"),
              true);

      clock.set(S.minusSeconds(4 * 60));
      awaitStage(node, "cleared");
      clock.set(S.minusSeconds(3 * 60));
      JsonNode firm = awaitStage(node, "firm");
      assertThat(firm.get("clearing_price_per_kwh").asLong()).isEqualTo(150_000);
      assertThat(firm.get("verdict").asText()).isEqualTo("dso");
      JsonNode trade = firm.get("trades").get(0);
      assertThat(trade.get("curtailed_wh").asLong())
          .as("a small trade passes the AC check")
          .isZero();
      long fee = Math.min(40_000, node.node().market().grid().networkFeeMicroPerKwh("18", "33"));
      assertThat(trade.get("network_fee_per_kwh").asLong()).isEqualTo(fee);

      clock.set(S.plusSeconds(16 * 60));
      post(node, sellerMeter, "m-seller", 0, 10_000, 0, 900);
      post(node, buyerMeter, "m-buyer", 20_000, 0, 700, 0);
      post(node, neighbourMeter, "m-neighbour", 5_000, 0, 300, 0);
      awaitStage(node, "settled");

      // the seller: 800 Wh at 150,000 and 100 Wh beyond its sale at the 80,000 feed-in tariff
      assertThat(balance(node, seller)).isEqualTo(D + 120_000 + 8_000);
      // the buyer: 800 Wh at 150,000, the fee, and 100 Wh bought but not taken, fed back
      assertThat(balance(node, buyer)).isEqualTo(D - 120_000 - fee * 800 / 1000 + 8_000);
      // the neighbour did not trade: 300 Wh at the 300,000 import tariff
      assertThat(balance(node, neighbour)).isEqualTo(D - 90_000);

      String path = "api/v1/participants/" + buyer.publicKey().toHex() + "/bills/2026-03";
      JsonNode bill = node.client().get(path, buyer);
      assertThat(bill.at("/totals/bought_wh").asLong()).isEqualTo(800);
      assertThat(bill.at("/totals/paid_micros").asLong()).isEqualTo(120_000);
      assertThat(bill.at("/totals/net_micros").asLong()).isEqualTo(balance(node, buyer) - D);
      assertThat(bill.get("lines")).hasSize(1);
      Http.Answer html =
          Http.get(
              node.uri(),
              path + "?format=html",
              RequestSignature.header(buyer, "GET", "/" + path + "?format=html", clock.instant()));
      assertThat(html.status()).isEqualTo(200);
      assertThat(html.body().asText()).contains("GridLedger bill, 2026-03", "Buyer");
      assertThat(
              Http.get(
                      node.uri(),
                      path,
                      RequestSignature.header(seller, "GET", "/" + path, clock.instant()))
                  .status())
          .isEqualTo(403);
      assertThat(Http.get(node.uri(), path, null).status()).isEqualTo(401);
    }
  }

  /** Readings at the interval's start and end, with the registers' growth over it. */
  private static void post(
      TestNode node, KeyPair key, String id, long imp, long exp, long dImp, long dExp)
      throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[][] readings = {
      Reading.of(id, 0, S.toEpochMilli(), imp, exp).sign(key).encode(),
      Reading.of(id, 1, S.plusSeconds(15 * 60).toEpochMilli(), imp + dImp, exp + dExp)
          .sign(key)
          .encode()
    };
    for (byte[] r : readings) {
      body.write(r.length >>> 8);
      body.write(r.length);
      body.write(r);
    }
    Http.Answer answer =
        Http.post(
            node.uri(),
            "api/v1/meters/readings?wait=true",
            "application/octet-stream",
            body.toByteArray());
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    assertThat(answer.body().get("accepted").asInt()).as(answer.body().toString()).isEqualTo(2);
  }

  private static long balance(TestNode node, KeyPair who) {
    return node.client().account(who.publicKey(), who).get("balance_micros").asLong();
  }

  /** Ticks the DSO's operator until the interval reaches {@code stage}. */
  private static JsonNode awaitStage(TestNode node, String stage) throws InterruptedException {
    JsonNode interval = null;
    for (int i = 0; i < 400; i++) {
      node.node().market().operator().orElseThrow().tick(node.clock().millis());
      interval = node.client().get("api/v1/market/intervals/" + S, null);
      if (interval.get("stage").asText().equals(stage)) {
        return interval;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("the interval stayed " + interval);
  }
}
