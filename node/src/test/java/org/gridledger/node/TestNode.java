package org.gridledger.node;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.gridledger.consensus.types.BlockPolicy;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.tx.RegisterMeter;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.units.Money;
import org.gridledger.node.client.NodeClient;
import org.gridledger.node.wiring.LedgerWiring;

/** A real node on a free port over a temporary data directory, with its DSO key at hand. */
public final class TestNode implements AutoCloseable {
  private final Path directory;
  private final Node node;
  private final KeyPair dso;
  private final NodeClient client;
  private final Clock clock;

  private TestNode(Path directory, Node node, Clock clock) {
    this.directory = directory;
    this.node = node;
    this.clock = clock;
    this.dso = KeyFile.read(directory.resolve("dso.key"));
    this.client = new NodeClient(uri(), clock);
  }

  public static NodeConfig config(Path directory) {
    return new NodeConfig(
        directory,
        directory.resolve("dso.key"),
        "127.0.0.1",
        0,
        new BlockPolicy(Duration.ofMillis(10), 5_000),
        100_000,
        false,
        "ieee33");
  }

  /** Initialises {@code directory} if needed and starts a node on it. */
  public static TestNode start(Path directory) {
    return start(directory, Clock.systemUTC());
  }

  /** As {@link #start(Path)}, with the node's clock (block times, market duties) given. */
  public static TestNode start(Path directory, Clock clock) {
    NodeConfig config = config(directory);
    LedgerWiring.initialize(config, Optional.empty(), clock);
    return new TestNode(directory, Node.start(config, clock), clock);
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + node.port() + "/");
  }

  public Clock clock() {
    return clock;
  }

  public Node node() {
    return node;
  }

  public KeyPair dso() {
    return dso;
  }

  public NodeClient client() {
    return client;
  }

  public Path directory() {
    return directory;
  }

  /** Registers a new participant and deposits {@code micros} for it, waiting for both. */
  public KeyPair participant(String name, long micros, Role... roles) {
    KeyPair keys = KeyPair.generate();
    client.sign(dso, new RegisterParticipant(keys.publicKey(), name, Set.of(roles)), true);
    if (micros > 0) {
      client.sign(dso, new Deposit(keys.publicKey(), Money.micros(micros), "test deposit"), true);
    }
    return keys;
  }

  /** Registers a household (connection-point) meter of {@code owner} on feeder F1; its key. */
  public KeyPair householdMeter(String id, KeyPair owner, String bus) {
    KeyPair key = KeyPair.generate();
    client.sign(
        dso,
        new RegisterMeter(id, key.publicKey(), owner.publicKey(), bus, MeterKind.HOUSEHOLD, "F1"),
        true);
    return key;
  }

  @Override
  public void close() {
    node.close();
  }
}
