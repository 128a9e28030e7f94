package org.gridledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.node.TestNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir Path dir;

  private static Cli.Run ok(String... args) {
    Cli.Run run = Cli.run(args);
    assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
    return run;
  }

  @Test
  void keysNewWritesAnOwnerOnlyFileAndPrintsItsPublicKey() throws Exception {
    Path file = dir.resolve("alice.key");
    Cli.Run run = Cli.run("keys", "new", "--out", file.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().trim()).isEqualTo(KeyFile.read(file).publicKey().toHex());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Cli.run("keys", "new", "--out", file.toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void everyFirstTransactionTypeCanBeSubmittedFromTheCommandLine() throws Exception {
    try (TestNode node = TestNode.start(dir.resolve("node"))) {
      String url = node.uri().toString();
      String dsoKey = dir.resolve("node/dso.key").toString();
      Path aliceKey = dir.resolve("alice.key");
      Path meterKey = dir.resolve("meter.key");
      Cli.run("keys", "new", "--out", aliceKey.toString());
      Cli.run("keys", "new", "--out", meterKey.toString());
      String alice = KeyFile.read(aliceKey).publicKey().toHex();
      String dso = node.dso().publicKey().toHex();

      ok(
          "tx",
          "register-participant",
          "--node",
          url,
          "--key",
          dsoKey,
          "--public-key",
          alice,
          "--name",
          "Alice",
          "--role",
          "prosumer,ev_driver");
      ok(
          "tx",
          "register-device",
          "--node",
          url,
          "--key",
          dsoKey,
          "--id",
          "meter-7",
          "--public-key",
          KeyFile.read(meterKey).publicKey().toHex(),
          "--type",
          "meter",
          "--owner",
          alice,
          "--bus",
          "12");
      Cli.Run deposit =
          Cli.run(
              "tx",
              "deposit",
              "--node",
              url,
              "--key",
              dsoKey,
              "--to",
              alice,
              "--amount",
              "10000000",
              "--reference",
              "bank-1",
              "--json");
      assertThat(deposit.exitCode()).isZero();
      assertThat(new ObjectMapper().readTree(deposit.out()).get("status").asText())
          .isEqualTo("committed");
      ok(
          "tx",
          "transfer",
          "--node",
          url,
          "--key",
          aliceKey.toString(),
          "--to",
          dso,
          "--amount",
          "2500000");
      ok(
          "tx",
          "withdraw",
          "--node",
          url,
          "--key",
          aliceKey.toString(),
          "--amount",
          "1000000",
          "--reference",
          "IBAN");

      Cli.Run refused =
          Cli.run(
              "tx",
              "transfer",
              "--node",
              url,
              "--key",
              aliceKey.toString(),
              "--to",
              dso,
              "--amount",
              "99999999");
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.err()).contains("insufficient_funds");

      KeyPair aliceKeys = KeyFile.read(aliceKey);
      assertThat(
              node.client()
                  .account(aliceKeys.publicKey(), aliceKeys)
                  .get("balance_micros")
                  .asLong())
          .isEqualTo(6_500_000);
    }
  }

  @Test
  void aHouseholdMeterRegisteredFromTheCommandLineCanSellButADeviceCannot() throws Exception {
    try (TestNode node = TestNode.start(dir.resolve("node"))) {
      String url = node.uri().toString();
      String dsoKey = dir.resolve("node/dso.key").toString();
      Path aliceKey = dir.resolve("alice.key");
      Cli.run("keys", "new", "--out", aliceKey.toString());
      String alice = KeyFile.read(aliceKey).publicKey().toHex();
      ok(
          "tx",
          "register-participant",
          "--node",
          url,
          "--key",
          dsoKey,
          "--public-key",
          alice,
          "--name",
          "Alice",
          "--role",
          "prosumer");
      ok(
          "tx",
          "register-meter",
          "--node",
          url,
          "--key",
          dsoKey,
          "--id",
          "m-alice",
          "--public-key",
          KeyPair.generate().publicKey().toHex(),
          "--owner",
          alice,
          "--bus",
          "18",
          "--feeder",
          "F1");
      ok(
          "tx",
          "register-device",
          "--node",
          url,
          "--key",
          dsoKey,
          "--id",
          "pv-alice",
          "--public-key",
          KeyPair.generate().publicKey().toHex(),
          "--type",
          "meter",
          "--owner",
          alice,
          "--bus",
          "18");
      long quarter = 15 * 60_000L;
      String interval =
          java.time.Instant.ofEpochMilli((System.currentTimeMillis() / quarter + 4) * quarter)
              .toString();
      ok(
          "tx",
          "place-order",
          "--node",
          url,
          "--key",
          aliceKey.toString(),
          "--interval",
          interval,
          "--side",
          "sell",
          "--energy-wh",
          "1500",
          "--price",
          "120000",
          "--meter",
          "m-alice");
      Cli.Run refused =
          Cli.run(
              "tx",
              "place-order",
              "--node",
              url,
              "--key",
              aliceKey.toString(),
              "--interval",
              interval,
              "--side",
              "sell",
              "--energy-wh",
              "500",
              "--price",
              "120000",
              "--meter",
              "pv-alice");
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.err()).contains("no_export_meter");
      assertThat(
              node.client().get("api/v1/market/intervals/" + interval, null).get("orders").asInt())
          .isEqualTo(1);
    }
  }

  @Test
  void everyCommandHasHelp() {
    for (String command :
        new String[] {
          "node",
          "keys",
          "tx",
          "chain",
          "bench",
          "grid",
          "market",
          "meters",
          "cluster",
          "simulate",
          "demo"
        }) {
      Cli.Run run = Cli.run(command, "--help");
      assertThat(run.exitCode()).as(command).isZero();
      assertThat(run.out()).as(command).contains("Usage: gridledger " + command);
    }
  }
}
