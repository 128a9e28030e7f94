package org.gridledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.io.InjectionsCsv;
import org.gridledger.grid.io.NetworkLoader;
import org.gridledger.grid.model.CableType;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.LvFeederSpec;
import org.gridledger.grid.report.GridCheckReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridledger grid}: the DSO's network model and its constraint check. */
@Command(
    name = "grid",
    description = "The DSO's network model: AC power flow and constraint check.",
    mixinStandardHelpOptions = true,
    subcommands = GridCommand.Check.class)
public final class GridCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * {@code gridledger grid check}. Exit codes: 0 when the check ran (violations and a flow that did
   * not converge are reported, with "approved": false), 1 with --fail-on-violation when the
   * schedule is not approved, 2 for bad input (unknown network or bus, malformed file).
   */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = {
        "Runs an AC power flow (PowSyBl OpenLoadFlow) and checks voltages and thermal ratings.",
        "Injections CSV: one line bus,p_w[,q_var] per bus (W and var, generation positive,"
            + " consumption negative); listed buses replace the network's base injection,"
            + " '#' comments and a 'bus,...' header are skipped.",
        "Exit: 0 check ran (see \"approved\"), 1 not approved with --fail-on-violation, 2 bad input."
      })
  static final class Check implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--network",
        defaultValue = "ieee33",
        description =
            "ieee33, lv, or a file: .json, .m, .mat (MATPOWER), .txt, .cdf (IEEE CDF). Default: ${DEFAULT-VALUE}")
    String network;

    @Option(names = "--injections", description = "CSV of net injections: bus,p_w[,q_var]")
    Path injections;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    @Option(
        names = "--v-band",
        defaultValue = "0.10",
        description = "Voltage band around 1 p.u. (EN 50160: ${DEFAULT-VALUE})")
    double vBand;

    @Option(
        names = "--max-loading",
        defaultValue = "100",
        description = "Highest loading in % of rating. Default: ${DEFAULT-VALUE}")
    double maxLoading;

    @Option(
        names = "--fail-on-violation",
        description = "Exit 1 when the flow has violations or does not converge")
    boolean failOnViolation;

    @Option(
        names = "--lv-kva",
        defaultValue = "400",
        description = "lv: transformer kVA. Default: ${DEFAULT-VALUE}")
    double lvKva;

    @Option(
        names = "--lv-feeders",
        defaultValue = "3",
        description = "lv: number of feeders. Default: ${DEFAULT-VALUE}")
    int lvFeeders;

    @Option(
        names = "--lv-houses",
        defaultValue = "30",
        description = "lv: houses per feeder. Default: ${DEFAULT-VALUE}")
    int lvHouses;

    @Option(
        names = "--lv-cable",
        defaultValue = "NAYY_4X150",
        description = "lv: cable type, one of ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    CableType lvCable;

    @Option(
        names = "--lv-length-m",
        defaultValue = "300",
        description = "lv: feeder length in m. Default: ${DEFAULT-VALUE}")
    double lvLengthM;

    @Option(
        names = "--lv-house-w",
        defaultValue = "1000",
        description = "lv: base load per house in W (cos phi 0.95). Default: ${DEFAULT-VALUE}")
    double lvHouseW;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      GridCheckReport report;
      try {
        LvFeederSpec lv =
            LvFeederSpec.defaults()
                .withTransformerKva(lvKva)
                .withSize(lvFeeders, lvHouses)
                .withCable(lvCable, lvLengthM)
                .withHouseLoad(lvHouseW, lvHouseW * Math.tan(Math.acos(0.95)));
        GridModel model = NetworkLoader.load(network, lv);
        Map<String, Injection> overrides = injections == null ? Map.of() : readInjections(model);
        report =
            GridCheckReport.run(model, overrides, new Limits(1 - vBand, 1 + vBand, maxLoading));
      } catch (GridModelException e) {
        if (json) {
          out.println(
              mapper
                  .createObjectNode()
                  .put("error", "bad_input")
                  .put("message", e.getMessage())
                  .toPrettyString());
        } else {
          spec.commandLine().getErr().println("grid check: " + e.getMessage());
        }
        out.flush();
        return 2;
      }
      if (json) {
        out.println(report.toJson(mapper).toPrettyString());
      } else {
        out.print(report.toTable());
      }
      out.flush();
      return failOnViolation && !report.result().approved() ? 1 : 0;
    }

    private Map<String, Injection> readInjections(GridModel model) {
      try {
        return InjectionsCsv.parse(
            injections.toString(), Files.readString(injections, StandardCharsets.UTF_8), model);
      } catch (IOException e) {
        throw new GridModelException(injections + ": cannot read: " + e.getMessage(), e);
      }
    }
  }
}
