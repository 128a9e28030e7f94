package org.gridledger.node.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.gridledger.consensus.types.BlockPolicy;
import org.gridledger.grid.flow.BranchFlow;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.RotatePseudonym;
import org.gridledger.ledger.units.Money;
import org.gridledger.mobility.ledger.FeederRecord;
import org.gridledger.mobility.ledger.MobilityState;
import org.gridledger.mobility.sim.SimulatedChargePoint;
import org.gridledger.mobility.smart.SmartCharging;
import org.gridledger.node.MutableClock;
import org.gridledger.node.Node;
import org.gridledger.node.NodeConfig;
import org.gridledger.node.client.NodeClient;
import org.gridledger.node.wiring.LedgerWiring;
import org.gridledger.node.wiring.MobilityWiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A street whose 50 kVA transformer cannot carry three 11 kW chargers at the evening peak: the
 * central system sends each the same TxProfile limit, the limits add up to no more than the
 * headroom and an AC flow with them keeps the transformer within its rating; every limit is on the
 * ledger with its reason; at night the headroom returns and the limits are lifted.
 */
@Timeout(150)
class EvSmartChargingNodeTest {
  static final Instant PEAK = Instant.parse("2026-03-02T18:00:00Z");
  static final String STREET =
      """
      {"name": "street", "source": {"bus": "MV", "v_pu": 1.0},
       "buses": [{"id": "MV", "kv": 10}, {"id": "LV", "kv": 0.4}, {"id": "H1", "kv": 0.4}],
       "transformers": [{"id": "T1", "from": "MV", "to": "LV", "r_ohm": 0.0128, "x_ohm": 0.0512,
                         "rating_kva": 50, "ratio": 1.0}],
       "lines": [{"id": "C1", "from": "LV", "to": "H1", "r_ohm": 0.0104, "x_ohm": 0.004, "rating_a": 270}],
       "loads": [{"bus": "H1", "p_w": 30000, "q_var": 6000}],
       "devices": {}}
      """;
  @TempDir Path dir;

  @Test
  void limitsAreFairKeepTheTransformerWithinItsRatingAndAreLiftedLater() throws Exception {
    Path network = dir.resolve("street.json");
    Files.writeString(network, STREET);
    Path data = dir.resolve("node");
    NodeConfig config =
        new NodeConfig(
            data,
            data.resolve("dso.key"),
            "127.0.0.1",
            0,
            new BlockPolicy(Duration.ofMillis(10), 5_000),
            100_000,
            false,
            network.toString());
    MutableClock clock = new MutableClock(PEAK.minusSeconds(600));
    LedgerWiring.initialize(config, Optional.empty(), clock);
    try (Node node = Node.start(config, clock)) {
      NodeClient client =
          new NodeClient(java.net.URI.create("http://127.0.0.1:" + node.port() + "/"), clock);
      KeyPair dso = KeyFile.read(config.authorityKey());
      KeyPair owner = member(client, dso, "Owner", Role.CHARGE_POINT_OWNER);
      MobilityWiring mobility = node.mobility().orElseThrow();
      List<SimulatedChargePoint> sims = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        KeyPair driver = member(client, dso, "Driver " + i, Role.EV_DRIVER);
        client.sign(driver, new RotatePseudonym("drv-" + i, ""), true);
        EvFixture.Cp cp =
            EvFixture.register(
                client, dso, "CP-" + i, owner, "H1", "LV1", 11_000, 250_000, 0, List.of(), 4814,
                1158);
        sims.add(EvFixture.connect(mobility, clock, cp, 11_000));
      }
      clock.set(PEAK);
      for (int i = 0; i < 3; i++) {
        JsonNode started = sims.get(i).start("drv-" + (i + 1)).get(20, TimeUnit.SECONDS);
        assertThat(started.at("/idTagInfo/status").asText()).isEqualTo("Accepted");
      }
      EvFixture.await("three sessions", () -> mobility.central().activeSessions().size() == 3);

      mobility.tick(clock.millis());
      EvFixture.await("limits at every charger", () -> sims.stream().allMatch(s -> s.limitW() > 0));
      long headroom = mobility.headroom().headroomW("LV1", PEAK.toEpochMilli());
      long[] limits = sims.stream().mapToLong(SimulatedChargePoint::limitW).toArray();
      assertThat(headroom).as("the peak leaves less than 33 kW").isLessThan(33_000);
      assertThat(limits[0]).isEqualTo(limits[1]).isEqualTo(limits[2]);
      assertThat(limits[0])
          .isGreaterThanOrEqualTo(SmartCharging.DEFAULT_MIN_RATE_W)
          .isLessThan(11_000);
      assertThat(3 * limits[0]).isLessThanOrEqualTo(headroom);
      FlowResult flow =
          mobility.headroom().flowWith(PEAK.toEpochMilli(), Map.of("H1", 3 * limits[0]));
      BranchFlow transformer = flow.branch("T1").orElseThrow();
      assertThat(flow.converged()).isTrue();
      assertThat(transformer.loadingPct()).as("transformer loading").isLessThanOrEqualTo(100.0);

      EvFixture.await(
          "the limits on the ledger",
          () ->
              MobilityState.feeder(node.chain().store(), "LV1")
                  .filter(f -> f.limits().size() == 3)
                  .isPresent());
      FeederRecord limited = MobilityState.feeder(node.chain().store(), "LV1").orElseThrow();
      assertThat(limited.limits()).allMatch(l -> l.limitW() == limits[0]);
      assertThat(limited.reason()).contains("headroom", "equal shares", "1380 W");
      assertThat(limited.bonusPerKwh()).as("a surcharge where charging is limited").isNegative();

      // the chargers draw the limit
      clock.advance(Duration.ofMinutes(15));
      for (SimulatedChargePoint s : sims) {
        s.meterValues().get(20, TimeUnit.SECONDS);
        assertThat(s.registerWh()).isEqualTo(limits[0] / 4);
      }

      // at night the base load is lower: the limits are lifted
      clock.set(PEAK.plus(Duration.ofHours(8)));
      mobility.tick(clock.millis());
      EvFixture.await("limits lifted", () -> sims.stream().allMatch(s -> s.limitW() < 0));
      EvFixture.await(
          "the lift on the ledger",
          () ->
              MobilityState.feeder(node.chain().store(), "LV1")
                  .filter(f -> f.limits().isEmpty())
                  .isPresent());
      FeederRecord lifted = MobilityState.feeder(node.chain().store(), "LV1").orElseThrow();
      assertThat(lifted.reason()).contains("limits lifted");
      assertThat(lifted.headroomW()).isGreaterThanOrEqualTo(33_000);
      assertThat(MobilityState.feederHistory(node.chain().store(), "LV1"))
          .extracting(f -> f.limits().size())
          .containsSubsequence(3, 0);
      JsonNode history = client.get("api/v1/mobility/feeders/LV1", null);
      assertThat(history.get("history").size()).isGreaterThanOrEqualTo(2);

      for (SimulatedChargePoint s : sims) {
        int tx = s.transactionId();
        s.stop("Local").get(20, TimeUnit.SECONDS);
        EvFixture.await(
            "settlement",
            () -> MobilityState.receipt(node.chain().store(), s.identity(), tx).isPresent());
        s.client().close();
      }
    }
  }

  private static KeyPair member(NodeClient client, KeyPair dso, String name, Role role) {
    KeyPair keys = KeyPair.generate();
    client.sign(dso, new RegisterParticipant(keys.publicKey(), name, Set.of(role)), true);
    client.sign(dso, new Deposit(keys.publicKey(), Money.micros(20_000_000), "opening"), true);
    return keys;
  }
}
