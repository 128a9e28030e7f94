package org.gridledger.node.wiring;

import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.gridledger.consensus.cluster.Member;
import org.gridledger.consensus.cluster.RatisCluster;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.node.NodeConfig;
import org.gridledger.node.NodeMetrics;
import org.gridledger.node.cluster.ClusterFile;
import org.gridledger.node.cluster.ClusterRoutes;
import org.gridledger.node.cluster.LeaderForwarder;

/** Wires one authority of a Ratis cluster: its ledger port, the Raft node and the API around it. */
public final class ClusterWiring {
  private ClusterWiring() {}

  /** The running cluster node, and what it adds to the API. */
  public record Running(RatisCluster consensus, Consumer<Javalin> routes) {}

  /**
   * Founds the data directory from the cluster's genesis if it holds no chain, and refuses one that
   * holds another chain.
   */
  public static void initialize(NodeConfig config, ClusterFile cluster, Clock clock) {
    try {
      java.nio.file.Files.createDirectories(config.dataDirectory());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot create " + config.dataDirectory() + ": " + e);
    }
    LedgerWiring.initialize(config, Optional.of(cluster.genesisFile()), clock);
    try (LedgerWiring.Ledger ledger = LedgerWiring.open(config)) {
      byte[] held = ledger.store().genesisDocument().orElseThrow();
      if (!Arrays.equals(held, cluster.genesis().encode())) {
        throw new IllegalArgumentException(
            config.dataDirectory()
                + " holds a chain founded from another genesis than the cluster's");
      }
    }
  }

  /** The member this node is: by {@code id}, else the one whose key {@code authority} holds. */
  public static Member self(ClusterFile cluster, Optional<String> id, KeyPair authority) {
    Member member =
        id.map(cluster.spec()::require)
            .or(() -> cluster.spec().member(authority.publicKey()))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no member of the cluster has the key " + authority.publicKey()));
    if (!member.key().equals(authority.publicKey())) {
      throw new IllegalArgumentException(
          "member " + member.id() + " has another key than " + authority.publicKey());
    }
    return member;
  }

  public static Running start(
      LedgerWiring.Ledger ledger,
      KeyPair authority,
      ClusterFile cluster,
      Member self,
      NodeConfig config,
      NodeMetrics metrics,
      Clock clock) {
    AtomicReference<RatisCluster> running = new AtomicReference<>();
    LeaderForwarder forwarder =
        new LeaderForwarder(
            () ->
                Optional.ofNullable(running.get())
                    .flatMap(RatisCluster::leader)
                    .filter(leader -> !leader.id().equals(self.id()))
                    .map(Member::api)
                    .map(URI.class::cast));
    ChainReplicaPort port =
        new ChainReplicaPort(ledger.chain(), ledger.pool(), authority, metrics, forwarder::submit);
    RatisCluster consensus =
        new RatisCluster(
            cluster.spec(),
            self.id(),
            port,
            config.blockPolicy(),
            cluster.tuning(),
            config.dataDirectory().resolve("raft"),
            clock);
    running.set(consensus);
    ClusterRoutes routes = new ClusterRoutes(consensus, ledger.chain(), forwarder);
    return new Running(consensus, routes::register);
  }
}
