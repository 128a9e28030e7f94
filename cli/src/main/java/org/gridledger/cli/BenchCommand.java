package org.gridledger.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridledger.cli.bench.LoadGenerator;
import org.gridledger.cli.bench.LoadPlan;
import org.gridledger.cli.bench.LoadReport;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.node.client.NodeClient;
import org.gridledger.node.client.NodeClientException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridledger bench load}: end-to-end load against a running node. */
@Command(
    name = "bench",
    description = "Benchmarks against a running node.",
    mixinStandardHelpOptions = true,
    subcommands = BenchCommand.Load.class)
public final class BenchCommand {

  @Command(
      name = "load",
      mixinStandardHelpOptions = true,
      description =
          "Register and fund senders with the DSO's key, submit signed transfers, record every committed hash.")
  static final class Load implements Callable<Integer> {
    @Option(
        names = "--node",
        defaultValue = "http://127.0.0.1:8080",
        split = ",",
        description =
            "the node's URL; for a cluster, the nodes' URLs separated by commas: the generator fails over between them and retries lost batches")
    List<URI> node;

    @Option(
        names = "--dso-key",
        required = true,
        description = "the DSO's key file (node --init leaves it in DIR/dso.key)")
    Path dsoKey;

    @Option(
        names = "--senders",
        defaultValue = "64",
        description = "sending accounts (default ${DEFAULT-VALUE})")
    int senders;

    @Option(
        names = "--duration",
        defaultValue = "30",
        description = "seconds of load (default ${DEFAULT-VALUE})")
    long duration;

    @Option(
        names = "--connections",
        defaultValue = "8",
        description = "concurrent connections (default ${DEFAULT-VALUE})")
    int connections;

    @Option(
        names = "--batch",
        defaultValue = "500",
        description = "transactions per request (default ${DEFAULT-VALUE})")
    int batch;

    @Option(
        names = "--max-rate",
        defaultValue = "30000",
        description = "most transactions per second offered (default ${DEFAULT-VALUE})")
    int maxRate;

    @Option(
        names = "--out",
        required = true,
        description = "file for the hashes of committed transactions")
    Path out;

    @Option(
        names = "--json",
        description = "print {submitted, committed, tx_per_s, p50_ms, p99_ms} as JSON")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
      LoadReport r;
      try {
        LoadPlan plan =
            new LoadPlan(
                senders,
                Duration.ofSeconds(duration),
                Math.min(connections, senders),
                batch,
                maxRate);
        NodeClient client =
            node.size() == 1
                ? new NodeClient(node.get(0))
                : NodeClient.failover(node, Duration.ofSeconds(30));
        r = new LoadGenerator(client, KeyFile.read(dsoKey), plan, out).run();
      } catch (IllegalArgumentException | NodeClientException e) {
        return Output.badInput(e.getMessage());
      }
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("submitted", r.submitted());
      report.put("committed", r.committed());
      report.put("refused", r.refused());
      report.put("failed", r.failed());
      report.put("seconds", Math.round(r.seconds() * 100) / 100.0);
      report.put("tx_per_s", Math.round(r.txPerS()));
      report.put("p50_ms", Math.round(r.p50Ms() * 10) / 10.0);
      report.put("p99_ms", Math.round(r.p99Ms() * 10) / 10.0);
      if (json) {
        Output.json(report);
      } else {
        report.forEach((k, v) -> System.out.println(k + ": " + v));
      }
      return 0;
    }
  }
}
