package org.gridledger.node.metering;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.tx.RegisterMeter;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.metering.mqtt.MqttSettings;
import org.gridledger.node.Node;
import org.gridledger.node.NodeConfig;
import org.gridledger.node.TestNode;
import org.gridledger.node.client.NodeClient;
import org.gridledger.node.wiring.LedgerWiring;

/** A real node on free ports with its embedded MQTT broker, and helpers to register meters. */
final class MeteringNode implements AutoCloseable {
  final Node node;
  final KeyPair dso;
  final NodeClient client;

  MeteringNode(Path dir) {
    NodeConfig config = TestNode.config(dir);
    LedgerWiring.initialize(config, Optional.empty(), Clock.systemUTC());
    node = Node.start(config, MqttSettings.embedded("127.0.0.1", 0), Clock.systemUTC());
    dso = KeyFile.read(dir.resolve("dso.key"));
    client = new NodeClient(uri());
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + node.port() + "/");
  }

  int mqttPort() {
    return node.metering().orElseThrow().mqttPort();
  }

  KeyPair participant(String name, Role role) {
    KeyPair keys = KeyPair.generate();
    client.sign(dso, new RegisterParticipant(keys.publicKey(), name, Set.of(role)), true);
    return keys;
  }

  /** Registers a meter of {@code owner}; returns the meter's key. */
  KeyPair meter(String id, KeyPair owner, MeterKind kind, String feeder) {
    KeyPair key = KeyPair.generate();
    client.sign(
        dso, new RegisterMeter(id, key.publicKey(), owner.publicKey(), "b1", kind, feeder), true);
    return key;
  }

  @Override
  public void close() {
    node.close();
  }
}
