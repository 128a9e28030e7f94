package org.gridledger.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gridledger} command: one subcommand per job. */
@Command(
    name = "gridledger",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "A permissioned ledger for a distribution grid's local energy economy.",
    subcommands = {
      NodeCommand.class,
      KeysCommand.class,
      TxCommand.class,
      ChainCommand.class,
      ClusterCommand.class,
      BenchCommand.class,
      MarketCommand.class,
      GridCommand.class,
      org.gridledger.cli.meters.MetersCommand.class,
      SimulateCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"gridledger " + (v == null ? "dev" : v)};
    }
  }
}
