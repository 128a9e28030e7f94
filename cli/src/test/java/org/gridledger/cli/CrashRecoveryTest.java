package org.gridledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gridledger.cli.bench.LoadGenerator;
import org.gridledger.cli.bench.LoadPlan;
import org.gridledger.cli.bench.LoadReport;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.node.client.NodeClient;
import org.gridledger.node.client.NodeClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node process is killed with SIGKILL while the load generator drives it; restarted, it holds
 * every transaction the generator saw committed, and its chain verifies.
 */
class CrashRecoveryTest {
  @TempDir Path dir;

  @Test
  void everyAcknowledgedTransactionSurvivesAKillNine() throws Exception {
    int port = freePort();
    URI uri = URI.create("http://127.0.0.1:" + port + "/");
    Path hashes = dir.resolve("committed.txt");
    Process node = startNode(port, true);
    LoadReport report;
    try {
      awaitHealthy(uri);
      LoadPlan plan = new LoadPlan(8, Duration.ofSeconds(20), 4, 100, 2_000);
      CompletableFuture<LoadReport> load =
          CompletableFuture.supplyAsync(
              () ->
                  run(
                      new LoadGenerator(
                          new NodeClient(uri),
                          KeyFile.read(dir.resolve("data/dso.key")),
                          plan,
                          hashes)));
      while (!Files.exists(hashes) || Files.size(hashes) < 20_000) {
        Thread.sleep(50);
        assertThat(load).isNotDone();
      }
      node.destroyForcibly().waitFor();
      report = load.join();
    } finally {
      node.destroyForcibly().waitFor();
    }
    List<String> acknowledged = Files.readAllLines(hashes);
    assertThat(acknowledged).hasSize((int) report.committed()).hasSizeGreaterThan(200);

    Process restarted = startNode(port, false);
    try {
      awaitHealthy(uri);
      NodeClient client = new NodeClient(uri);
      for (String hash : acknowledged) {
        assertThat(client.get("api/v1/transactions/" + hash, null).get("status").asText())
            .as(hash)
            .isEqualTo("committed");
      }
    } finally {
      restarted.destroy();
      restarted.waitFor();
    }
    Cli.Run verify = Cli.run("chain", "verify", "--data", dir.resolve("data").toString(), "--json");
    assertThat(verify.exitCode()).as(verify.out()).isZero();
  }

  private static LoadReport run(LoadGenerator generator) {
    try {
      return generator.run();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private Process startNode(int port, boolean init) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "node",
                "--data",
                dir.resolve("data").toString(),
                "--port",
                String.valueOf(port),
                "--block-interval-ms",
                "20"));
    if (init) {
      command.add("--init");
    }
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(new File(dir.resolve("node-" + init + ".log").toString()))
        .start();
  }

  private static void awaitHealthy(URI uri) throws InterruptedException {
    NodeClient client = new NodeClient(uri);
    for (int i = 0; i < 600; i++) {
      try {
        if ("up".equals(client.get("health", null).get("status").asText())) {
          return;
        }
      } catch (NodeClientException e) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("the node did not come up at " + uri);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
