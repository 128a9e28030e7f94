package org.gridledger.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridledger keys}: Ed25519 key files. */
@Command(
    name = "keys",
    description = "Create and show Ed25519 key files.",
    mixinStandardHelpOptions = true,
    subcommands = {KeysCommand.New.class, KeysCommand.Show.class})
public final class KeysCommand {

  @Command(
      name = "new",
      description = "Write a new key file readable only by its owner and print its public key.",
      mixinStandardHelpOptions = true)
  static final class New implements Callable<Integer> {
    @Option(
        names = "--out",
        required = true,
        description = "the key file to create (never overwritten)")
    Path out;

    @Option(names = "--json", description = "print {\"public_key\", \"file\"} as JSON")
    boolean json;

    @Override
    public Integer call() {
      KeyPair keys = KeyPair.generate();
      try {
        KeyFile.write(out, keys);
      } catch (RuntimeException e) {
        return Output.badInput(e.getMessage());
      }
      print(keys, out, json);
      return 0;
    }
  }

  @Command(
      name = "show",
      description = "Print the public key of a key file.",
      mixinStandardHelpOptions = true)
  static final class Show implements Callable<Integer> {
    @Option(names = "--key", required = true, description = "the key file")
    Path key;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() {
      try {
        print(KeyFile.read(key), key, json);
        return 0;
      } catch (IllegalArgumentException e) {
        return Output.badInput(e.getMessage());
      }
    }
  }

  static void print(KeyPair keys, Path file, boolean json) {
    if (json) {
      Output.json(Map.of("public_key", keys.publicKey().toHex(), "file", file.toString()));
    } else {
      System.out.println(keys.publicKey().toHex());
    }
  }
}
