package org.gridledger.node.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.AvailabilityWindow;
import org.gridledger.ledger.tx.RegisterChargePoint;
import org.gridledger.ledger.units.Price;
import org.gridledger.mobility.ocpp.OcppAuth;
import org.gridledger.mobility.sim.SimulatedChargePoint;
import org.gridledger.node.TestNode;
import org.gridledger.node.wiring.MobilityWiring;

/** Charge points on a test node and simulated chargers connected to its central system. */
final class EvFixture {
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();

  private EvFixture() {}

  record Cp(String id, KeyPair key, String password) {}

  static Cp register(
      TestNode node,
      String id,
      KeyPair owner,
      String bus,
      String feeder,
      long maxPowerW,
      long perKwh,
      long perHour,
      List<AvailabilityWindow> windows,
      int lat,
      int lon) {
    return register(
        node.client(),
        node.dso(),
        id,
        owner,
        bus,
        feeder,
        maxPowerW,
        perKwh,
        perHour,
        windows,
        lat,
        lon);
  }

  static Cp register(
      org.gridledger.node.client.NodeClient client,
      KeyPair dso,
      String id,
      KeyPair owner,
      String bus,
      String feeder,
      long maxPowerW,
      long perKwh,
      long perHour,
      List<AvailabilityWindow> windows,
      int lat,
      int lon) {
    KeyPair key = KeyPair.generate();
    String password = OcppAuth.password(key, id);
    client.sign(
        dso,
        new RegisterChargePoint(
            id,
            key.publicKey(),
            owner.publicKey(),
            bus,
            feeder,
            maxPowerW,
            1,
            Price.microsPerKwh(perKwh),
            perHour,
            windows,
            lat,
            lon,
            OcppAuth.hash(password)),
        true);
    return new Cp(id, key, password);
  }

  static MobilityWiring mobility(TestNode node) {
    return node.node().mobility().orElseThrow();
  }

  static URI ocpp(TestNode node) {
    return URI.create("ws://127.0.0.1:" + mobility(node).central().port() + "/ocpp/");
  }

  static SimulatedChargePoint connect(TestNode node, Cp cp, long maxPowerW) throws Exception {
    return connect(mobility(node), node.clock(), cp, maxPowerW);
  }

  static SimulatedChargePoint connect(
      MobilityWiring mobility, java.time.Clock clock, Cp cp, long maxPowerW) throws Exception {
    SimulatedChargePoint sim =
        new SimulatedChargePoint(cp.id(), cp.password(), maxPowerW, 1, 0, clock);
    sim.connect(HTTP, URI.create("ws://127.0.0.1:" + mobility.central().port() + "/ocpp/"))
        .get(20, TimeUnit.SECONDS);
    assertThat(sim.boot().get(20, TimeUnit.SECONDS).path("status").asText()).isEqualTo("Accepted");
    sim.status("Available").get(20, TimeUnit.SECONDS);
    return sim;
  }

  static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}
