package org.gridledger.node.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.RotatePseudonym;
import org.gridledger.mobility.ledger.MobilityState;
import org.gridledger.mobility.sim.SimulatedChargePoint;
import org.gridledger.node.MutableClock;
import org.gridledger.node.TestNode;
import org.gridledger.node.api.RequestSignature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A driver rotates its pseudonym (the retired one is answered Expired at the charger) and charges
 * from its phone: RemoteStartTransaction and RemoteStopTransaction through the API, signed by the
 * driver, carried out by the simulated charger, settled on the ledger. Another participant cannot
 * start a session under the driver's pseudonym.
 */
@Timeout(120)
class EvRemoteAndPseudonymTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void rotateThenRemoteStartAndStop() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-03T10:00:00Z"));
    try (TestNode node = TestNode.start(dir, clock)) {
      KeyPair owner = node.participant("Owner", 0, Role.CHARGE_POINT_OWNER);
      KeyPair driver = node.participant("Driver", 10_000_000, Role.EV_DRIVER);
      KeyPair other = node.participant("Other", 10_000_000, Role.EV_DRIVER);
      node.client().sign(driver, new RotatePseudonym("old-tag", ""), true);
      node.client().sign(driver, new RotatePseudonym("new-tag", "old-tag"), true);
      EvFixture.Cp cp =
          EvFixture.register(
              node, "CP-R", owner, "7", "F1", 7_400, 250_000, 0, List.of(), 4814, 1158);
      SimulatedChargePoint sim = EvFixture.connect(node, cp, 7_400);
      assertThat(sim.authorize("old-tag").get(20, TimeUnit.SECONDS)).isEqualTo("Expired");

      String path = "/api/v1/mobility/charge-points/CP-R/remote-start";
      assertThat(post(node, other, path, "{\"id_tag\": \"new-tag\"}").statusCode()).isEqualTo(403);
      HttpResponse<String> started = post(node, driver, path, "{\"id_tag\": \"new-tag\"}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      assertThat(JSON.readTree(started.body()).get("status").asText()).isEqualTo("Accepted");
      EvFixture.await("the remote start", () -> sim.transactionId() > 0);
      int tx = sim.transactionId();
      JsonNode sessions = node.client().get("api/v1/mobility/sessions", null);
      assertThat(sessions).hasSize(1);
      assertThat(sessions.get(0).has("pseudonym")).isFalse();

      clock.advance(Duration.ofMinutes(30));
      HttpResponse<String> stopped =
          post(
              node,
              driver,
              "/api/v1/mobility/charge-points/CP-R/remote-stop",
              "{\"transaction_id\": " + tx + "}");
      assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
      EvFixture.await(
          "the settlement",
          () -> MobilityState.receipt(node.node().chain().store(), "CP-R", tx).isPresent());
      var receipt = MobilityState.receipt(node.node().chain().store(), "CP-R", tx).orElseThrow();
      assertThat(receipt.pseudonym()).isEqualTo("new-tag");
      assertThat(receipt.energyWh()).isEqualTo(3_700);
      assertThat(receipt.reason()).isEqualTo("Remote");
      sim.client().close();
    }
  }

  private static HttpResponse<String> post(TestNode node, KeyPair who, String path, String body)
      throws Exception {
    return EvFixture.HTTP.send(
        HttpRequest.newBuilder(URI.create(node.uri().toString().replaceAll("/$", "") + path))
            .header("Content-Type", "application/json")
            .header(
                "Authorization", RequestSignature.header(who, "POST", path, node.clock().instant()))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(60))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
