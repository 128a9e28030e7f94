package org.gridledger.node.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.gridledger.consensus.cluster.ClusterSpec;
import org.gridledger.consensus.cluster.ClusterTuning;
import org.gridledger.consensus.cluster.Member;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.Role;
import org.gridledger.node.GenesisFile;
import org.gridledger.node.Node;
import org.gridledger.node.TestNode;
import org.gridledger.node.client.NodeClient;

/**
 * A real cluster in this process: {@code voters} authorities (and spares that may join) on free
 * loopback ports, each with its own RocksDB store, Raft log and API, founded from one genesis.
 */
final class TestCluster implements AutoCloseable {
  final Path dir;
  final ClusterFile file;
  final List<KeyPair> keys = new ArrayList<>();
  final Map<String, Node> nodes = new HashMap<>();

  TestCluster(Path dir, int voters, int spares, long snapshotThreshold) {
    this.dir = dir;
    List<Member> members = new ArrayList<>();
    List<PublicKey> authorities = new ArrayList<>();
    for (int i = 1; i <= voters + spares; i++) {
      KeyPair key = KeyPair.generate();
      keys.add(key);
      authorities.add(key.publicKey());
      KeyFile.write(dir.resolve("n" + i).resolve("dso.key"), key);
      members.add(
          new Member(
              "n" + i,
              key.publicKey(),
              "127.0.0.1:" + freePort(),
              URI.create("http://127.0.0.1:" + freePort()),
              i <= voters));
    }
    Genesis genesis =
        new Genesis(
            "cluster-test",
            1_767_225_600_000L,
            new Genesis.Member(authorities.get(0), "DSO", Set.of(Role.DSO)),
            List.of(),
            authorities);
    Path genesisFile = dir.resolve("genesis.json");
    GenesisFile.write(genesisFile, genesis);
    file =
        new ClusterFile(
            new ClusterSpec(UUID.randomUUID(), members),
            genesis,
            genesisFile,
            ClusterTuning.defaults().withSnapshotThreshold(snapshotThreshold));
  }

  KeyPair dso() {
    return keys.get(0);
  }

  Node start(String id) {
    Member m = file.spec().require(id);
    Node node =
        Node.startCluster(
            TestNode.config(dir.resolve(id)).withPort(m.api().getPort()),
            file,
            Optional.of(id),
            Clock.systemUTC());
    nodes.put(id, node);
    return node;
  }

  void stop(String id) {
    nodes.remove(id).close();
  }

  URI uri(String id) {
    return file.spec().require(id).api();
  }

  NodeClient failoverClient() {
    return NodeClient.failover(
        file.spec().members().stream()
            .filter(m -> nodes.containsKey(m.id()))
            .map(Member::api)
            .toList(),
        Duration.ofSeconds(30));
  }

  /** Waits until one node leads and every running node knows a leader, and names the leader. */
  String awaitLeader() {
    String[] leader = {null};
    await(
        () -> {
          String found = null;
          for (var e : nodes.entrySet()) {
            var c = e.getValue().cluster().orElseThrow();
            if (c.status().leader().isEmpty()) {
              return false; // a follower that knows no leader yet cannot relay
            }
            if (c.isLeader()) {
              found = e.getKey();
            }
          }
          leader[0] = found;
          return found != null;
        },
        Duration.ofSeconds(30),
        "a leader");
    return leader[0];
  }

  /** Waits until every running node holds the same head as {@code reference} and it is ≥ height. */
  void awaitSameHead(long atLeast) {
    await(
        () ->
            nodes.values().stream().map(n -> n.chain().head()).distinct().count() == 1
                && nodes.values().iterator().next().chain().head().height() >= atLeast,
        Duration.ofSeconds(60),
        "the same head on every node");
  }

  static void await(BooleanSupplier condition, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    for (String id : List.copyOf(nodes.keySet())) {
      stop(id);
    }
  }
}
