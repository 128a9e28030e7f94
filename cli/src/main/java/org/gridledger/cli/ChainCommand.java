package org.gridledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.store.StoreException;
import org.gridledger.ledger.verify.ChainVerifier;
import org.gridledger.ledger.verify.VerificationReport;
import org.gridledger.node.NodeConfig;
import org.gridledger.node.wiring.LedgerWiring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridledger chain verify}: replays a stored chain and checks every block. */
@Command(
    name = "chain",
    description = "Inspect a stored chain.",
    mixinStandardHelpOptions = true,
    subcommands = ChainCommand.Verify.class)
public final class ChainCommand {

  @Command(
      name = "verify",
      mixinStandardHelpOptions = true,
      description =
          "Replay the chain from genesis, checking every hash, signature and state root. Exits 1 naming the first bad height.")
  static final class Verify implements Callable<Integer> {
    @Option(
        names = "--data",
        required = true,
        description = "the node's data directory (stop the node first)")
    Path data;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Override
    public Integer call() {
      Path store = NodeConfig.defaults(data).storeDirectory();
      if (!Files.isDirectory(store)) {
        return Output.badInput("no chain store in " + data);
      }
      VerificationReport report;
      try (ChainStore chain = ChainStore.open(store, false)) {
        String chainId =
            chain.genesisDocument().map(Genesis::decode).map(Genesis::chainId).orElse("unknown");
        report =
            new ChainVerifier(chain, new TransactionExecutor(chainId, LedgerWiring.rules()))
                .verify();
      } catch (StoreException e) {
        report =
            new VerificationReport(
                false, -1, -1, -1, "the store cannot be read: " + e.getMessage(), 0);
      } catch (RuntimeException e) {
        report =
            new VerificationReport(
                false, -1, -1, 0, "the genesis cannot be read: " + e.getMessage(), 0);
      }
      print(report);
      return report.ok() ? 0 : 1;
    }

    private void print(VerificationReport r) {
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", r.ok());
        out.put("head_height", r.headHeight());
        out.put("verified_height", r.verifiedHeight());
        out.put("first_bad_height", r.firstBadHeight() < 0 ? null : r.firstBadHeight());
        out.put("problem", r.problem());
        out.put("transactions", r.transactions());
        Output.json(out);
      } else if (r.ok()) {
        System.out.println(
            "chain sound: "
                + (r.headHeight() + 1)
                + " blocks, "
                + r.transactions()
                + " transactions");
      } else {
        System.out.println("chain NOT sound at height " + r.firstBadHeight() + ": " + r.problem());
      }
    }
  }
}
