package org.gridledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.gridledger.consensus.cluster.ClusterSpec;
import org.gridledger.consensus.cluster.Member;
import org.gridledger.consensus.cluster.RatisCluster;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.Role;
import org.gridledger.node.GenesisFile;
import org.gridledger.node.Node;
import org.gridledger.node.NodeConfig;
import org.gridledger.node.client.NodeClient;
import org.gridledger.node.client.NodeClientException;
import org.gridledger.node.cluster.ClusterFile;
import org.gridledger.node.wiring.ClusterWiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridledger cluster}: make a local cluster, change its members, ask its state. */
@Command(
    name = "cluster",
    description = "A cluster of authority nodes replicated with Apache Ratis (docs/cluster.md).",
    mixinStandardHelpOptions = true,
    subcommands = {
      ClusterCommand.Init.class,
      ClusterCommand.Reconfigure.class,
      ClusterCommand.Status.class
    })
public final class ClusterCommand {

  /** Starts this process's node as the member of {@code clusterFile} that its key or id names. */
  static Node startNode(NodeConfig config, Path clusterFile, Optional<String> id) {
    ClusterFile cluster = ClusterFile.read(clusterFile);
    Member self = ClusterWiring.self(cluster, id, KeyFile.read(config.authorityKey()));
    return Node.startCluster(
        config.withPort(self.api().getPort()), cluster, Optional.of(self.id()), Clock.systemUTC());
  }

  @Command(
      name = "init",
      mixinStandardHelpOptions = true,
      description =
          "Write keys, a genesis naming them as authorities (the first is the DSO) and a cluster file for nodes on this machine.")
  static final class Init implements Callable<Integer> {
    @Option(names = "--dir", required = true, description = "where to write them")
    Path dir;

    @Option(
        names = "--nodes",
        defaultValue = "3",
        description = "voting authorities, 1 to 5 (default ${DEFAULT-VALUE})")
    int nodes;

    @Option(
        names = "--spares",
        defaultValue = "0",
        description = "more authorities that may join later by a membership change")
    int spares;

    @Option(
        names = "--raft-port",
        defaultValue = "9701",
        description =
            "Raft port of the first node, the next ones follow (default ${DEFAULT-VALUE})")
    int raftPort;

    @Option(
        names = "--api-port",
        defaultValue = "8701",
        description = "API port of the first node, the next ones follow (default ${DEFAULT-VALUE})")
    int apiPort;

    @Option(
        names = "--snapshot-threshold",
        defaultValue = "2048",
        description = "Raft log entries between snapshots (default ${DEFAULT-VALUE})")
    long snapshotThreshold;

    @Option(names = "--chain-id", defaultValue = "gridledger-cluster")
    String chainId;

    @Option(names = "--json", description = "print what was written as JSON")
    boolean json;

    @Override
    public Integer call() throws IOException {
      if (nodes < 1 || nodes > 5 || spares < 0 || nodes + spares > 7) {
        return Output.badInput("--nodes must be 1 to 5, with at most 7 authorities in all");
      }
      if (Files.exists(dir.resolve("cluster.json"))) {
        return Output.badInput(dir.resolve("cluster.json") + " exists already");
      }
      Files.createDirectories(dir);
      List<Member> members = new ArrayList<>();
      List<PublicKey> keys = new ArrayList<>();
      for (int i = 1; i <= nodes + spares; i++) {
        KeyPair key = KeyPair.generate();
        KeyFile.write(dir.resolve("n" + i + ".key"), key);
        keys.add(key.publicKey());
        members.add(
            new Member(
                "n" + i,
                key.publicKey(),
                "127.0.0.1:" + (raftPort + i - 1),
                URI.create("http://127.0.0.1:" + (apiPort + i - 1)),
                i <= nodes));
      }
      List<Genesis.Member> aggregators = new ArrayList<>();
      for (int i = 1; i < keys.size(); i++) {
        aggregators.add(
            new Genesis.Member(keys.get(i), "Aggregator n" + (i + 1), Set.of(Role.AGGREGATOR)));
      }
      Genesis genesis =
          new Genesis(
              chainId,
              Instant.now().toEpochMilli(),
              new Genesis.Member(keys.get(0), "DSO (n1)", Set.of(Role.DSO)),
              aggregators,
              keys);
      GenesisFile.write(dir.resolve("genesis.json"), genesis);
      ClusterSpec spec = new ClusterSpec(UUID.randomUUID(), members);
      ClusterFile.write(dir.resolve("cluster.json"), spec, "genesis.json", snapshotThreshold);
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("cluster", dir.resolve("cluster.json").toString());
      out.put("genesis", dir.resolve("genesis.json").toString());
      out.put("dso_key", dir.resolve("n1.key").toString());
      List<String> commands = new ArrayList<>();
      for (Member m : members) {
        commands.add(
            (m.voter() ? "" : "# later, then cluster reconfigure: ")
                + "bin/gridledger node --cluster "
                + dir.resolve("cluster.json")
                + " --data "
                + dir.resolve(m.id())
                + " --key "
                + dir.resolve(m.id() + ".key"));
      }
      out.put("start", commands);
      if (json) {
        Output.json(out);
      } else {
        System.out.println("wrote " + out.get("cluster") + " and keys n1.key ... in " + dir);
        commands.forEach(System.out::println);
      }
      return 0;
    }
  }

  @Command(
      name = "reconfigure",
      mixinStandardHelpOptions = true,
      description =
          "Make the given members the voting authorities (a Raft membership change through the leader). A member added catches up from the log or a snapshot.")
  static final class Reconfigure implements Callable<Integer> {
    @Option(names = "--cluster", required = true, description = "the cluster file")
    Path cluster;

    @Option(
        names = "--voters",
        required = true,
        split = ",",
        description = "member ids, comma-separated")
    List<String> voters;

    @Override
    public Integer call() {
      try {
        ClusterFile file = ClusterFile.read(cluster);
        RatisCluster.setVoters(file.spec(), voters);
      } catch (IllegalArgumentException | IOException e) {
        return Output.badInput(e.getMessage());
      }
      System.out.println("voters: " + String.join(",", voters));
      return 0;
    }
  }

  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Ask every member's API for its view: role, leader, term, height.")
  static final class Status implements Callable<Integer> {
    @Option(names = "--cluster", required = true, description = "the cluster file")
    Path cluster;

    @Option(names = "--json", description = "print one JSON document")
    boolean json;

    @Override
    public Integer call() {
      ClusterFile file;
      try {
        file = ClusterFile.read(cluster);
      } catch (IllegalArgumentException e) {
        return Output.badInput(e.getMessage());
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Member m : file.spec().members()) {
        Object view;
        try {
          JsonNode answer = new NodeClient(m.api()).get("api/v1/cluster", null);
          view = answer;
        } catch (NodeClientException e) {
          view = Map.of("error", e.code(), "message", e.getMessage());
        }
        out.put(m.id(), view);
      }
      if (json) {
        Output.json(out);
      } else {
        out.forEach((id, view) -> System.out.println(id + ": " + view));
      }
      return 0;
    }
  }
}
