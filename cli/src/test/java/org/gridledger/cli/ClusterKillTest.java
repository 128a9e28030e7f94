package org.gridledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.gridledger.cli.bench.LoadGenerator;
import org.gridledger.cli.bench.LoadPlan;
import org.gridledger.cli.bench.LoadReport;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.node.client.NodeClient;
import org.gridledger.node.client.NodeClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three authority processes on loopback; under load the leader is killed with SIGKILL and
 * restarted, then a follower; afterwards every node holds the same chain, which verifies, and every
 * transaction the load generator saw acknowledged.
 */
class ClusterKillTest {
  @TempDir(cleanup = CleanupMode.ON_SUCCESS)
  Path dir;

  private final Map<String, Process> nodes = new HashMap<>();
  private final List<URI> apis = new ArrayList<>();

  @Test
  void killingNodesUnderLoadLosesNoAcknowledgedTransaction() throws Exception {
    int raftBase = freeRun(3);
    int apiBase = freeRun(3);
    Cli.Run init =
        Cli.run(
            "cluster",
            "init",
            "--nodes",
            "3",
            "--dir",
            dir.toString(),
            "--raft-port",
            String.valueOf(raftBase),
            "--api-port",
            String.valueOf(apiBase),
            "--snapshot-threshold",
            "64");
    assertThat(init.exitCode()).as(init.err()).isZero();
    for (int i = 0; i < 3; i++) {
      apis.add(URI.create("http://127.0.0.1:" + (apiBase + i) + "/"));
    }
    Path acked = dir.resolve("acknowledged.txt");
    try {
      for (String id : List.of("n1", "n2", "n3")) {
        start(id);
      }
      awaitLeader();
      // long enough to outlast both kills and restarts on a loaded machine
      LoadPlan plan = new LoadPlan(8, Duration.ofSeconds(40), 4, 50, 1_000);
      CompletableFuture<LoadReport> load =
          CompletableFuture.supplyAsync(
              () ->
                  run(
                      new LoadGenerator(
                          NodeClient.failover(apis, Duration.ofSeconds(30)),
                          KeyFile.read(dir.resolve("n1.key")),
                          plan,
                          acked)));
      awaitLines(acked, 1_500);
      String leader = awaitLeader();
      kill(leader);
      long before = lines(acked);
      awaitLines(acked, before + 1_000);
      start(leader);
      String follower = followerOf(awaitLeader());
      kill(follower);
      awaitLines(acked, lines(acked) + 500);
      start(follower);
      LoadReport report = load.join();
      assertThat(report.committed()).isGreaterThan(3_000);

      await(
          this::sameHead,
          Duration.ofSeconds(30),
          "the same head on every node (logs in " + dir + ")");
    } finally {
      for (Process p : nodes.values()) {
        p.destroyForcibly().waitFor();
      }
    }
    List<String> acknowledged = Files.readAllLines(acked);
    List<List<Hash>> chains = new ArrayList<>();
    for (String id : List.of("n1", "n2", "n3")) {
      try (ChainStore store = ChainStore.open(dir.resolve(id).resolve("chain"), false)) {
        for (String hash : acknowledged) {
          assertThat(store.locate(Hash.fromHex(hash))).as(id + " holds " + hash).isPresent();
        }
        List<Hash> blocks = new ArrayList<>();
        long top = store.head().orElseThrow().height();
        for (long h = 0; h <= top; h++) {
          blocks.add(store.block(h).orElseThrow().hash());
        }
        chains.add(blocks);
      }
      Cli.Run verify = Cli.run("chain", "verify", "--data", dir.resolve(id).toString(), "--json");
      assertThat(verify.exitCode()).as(id + ": " + verify.out()).isZero();
    }
    assertThat(chains.get(1)).isEqualTo(chains.get(0));
    assertThat(chains.get(2)).isEqualTo(chains.get(0));
  }

  private void start(String id) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx384m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "node",
                "--cluster",
                dir.resolve("cluster.json").toString(),
                "--data",
                dir.resolve(id).toString(),
                "--key",
                dir.resolve(id + ".key").toString(),
                "--block-interval-ms",
                "20")
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(new File(dir.resolve(id + ".log").toString())))
            .start();
    nodes.put(id, p);
  }

  private void kill(String id) throws InterruptedException {
    nodes.remove(id).destroyForcibly().waitFor();
  }

  private Optional<JsonNode> view(URI api) {
    try {
      return Optional.of(new NodeClient(api).get("api/v1/cluster", null));
    } catch (NodeClientException e) {
      return Optional.empty();
    }
  }

  private String awaitLeader() {
    String[] leader = {null};
    await(
        () -> {
          for (URI api : apis) {
            Optional<JsonNode> v = view(api);
            if (v.isPresent() && "leader".equals(v.get().path("role").asText())) {
              leader[0] = v.get().get("self").asText();
              return nodes.containsKey(leader[0]);
            }
          }
          return false;
        },
        Duration.ofSeconds(60),
        "a leader");
    return leader[0];
  }

  private String followerOf(String leader) {
    return List.of("n1", "n2", "n3").stream()
        .filter(id -> !id.equals(leader) && nodes.containsKey(id))
        .findFirst()
        .orElseThrow();
  }

  private boolean sameHead() {
    List<String> heads = new ArrayList<>();
    for (URI api : apis) {
      try {
        heads.add(new NodeClient(api).chain().get("head_hash").asText());
      } catch (NodeClientException e) {
        return false;
      }
    }
    return heads.stream().distinct().count() == 1;
  }

  private static long lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    try (var lines = Files.lines(file)) {
      return lines.count();
    }
  }

  private static void awaitLines(Path file, long count) {
    await(
        () -> {
          try {
            return lines(file) >= count;
          } catch (IOException e) {
            return false;
          }
        },
        Duration.ofSeconds(60),
        count + " acknowledged transactions");
  }

  private static void await(BooleanSupplier condition, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }

  private static LoadReport run(LoadGenerator generator) {
    try {
      return generator.run();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A first port of {@code n} consecutive free ones. */
  private static int freeRun(int n) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int base;
      try (ServerSocket s = new ServerSocket(0)) {
        base = s.getLocalPort();
      }
      if (base + n > 65535) {
        continue;
      }
      boolean free = true;
      for (int i = 1; i < n && free; i++) {
        try (ServerSocket s = new ServerSocket(base + i)) {
          free = s.getLocalPort() == base + i;
        } catch (IOException e) {
          free = false;
        }
      }
      if (free) {
        return base;
      }
    }
    throw new IOException("no run of " + n + " free ports");
  }
}
