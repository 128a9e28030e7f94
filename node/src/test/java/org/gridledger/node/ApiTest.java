package org.gridledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.units.Money;
import org.gridledger.node.api.RequestSignature;
import org.gridledger.node.api.TransactionJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTest {
  @TempDir Path dir;
  TestNode node;
  KeyPair alice;
  KeyPair bob;

  @BeforeEach
  void start() {
    node = TestNode.start(dir);
    alice = node.participant("Alice", 5_000, Role.PROSUMER);
    bob = node.participant("Bob", 0, Role.CONSUMER);
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private String signed(KeyPair who, String path) {
    return RequestSignature.header(who, "GET", "/" + path, Instant.now());
  }

  @Test
  void aTransactionSentAsJsonFieldsIsTheSameCanonicalTransaction() {
    Transaction tx =
        Transaction.sign(
            alice,
            node.client().chainId(),
            0,
            new Transfer(bob.publicKey(), Money.micros(700), "lunch"));
    ObjectNode json = TransactionJson.write(tx);
    json.remove("hash");
    Http.Answer answer =
        Http.post(
            node.uri(),
            "api/v1/transactions?wait=true",
            "application/json",
            json.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    assertThat(answer.body().get("hash").asText()).isEqualTo(tx.hash().toHex());
    assertThat(node.client().account(bob.publicKey(), bob).get("balance_micros").asLong())
        .isEqualTo(700);
  }

  @Test
  void aCommittedTransactionIsFoundWithItsBlockAndItsContentOnlyForThoseAllowed() {
    var answer =
        node.client().sign(alice, new Transfer(bob.publicKey(), Money.micros(1), "x"), true);
    String path = "api/v1/transactions/" + answer.get("hash").asText();
    Http.Answer anonymous = Http.get(node.uri(), path, null);
    assertThat(anonymous.body().get("status").asText()).isEqualTo("committed");
    assertThat(anonymous.body().has("transaction")).isFalse();
    assertThat(
            Http.get(node.uri(), path, signed(alice, path))
                .body()
                .at("/transaction/payload/amount_micros")
                .asLong())
        .isEqualTo(1);
    assertThat(Http.get(node.uri(), path, signed(node.dso(), path)).body().has("transaction"))
        .isTrue();
    assertThat(Http.get(node.uri(), path, signed(bob, path)).body().has("transaction")).isFalse();
    long height = answer.get("height").asLong();
    Http.Answer block = Http.get(node.uri(), "api/v1/blocks/" + height, null);
    assertThat(block.body().get("transactions").get(0).asText())
        .isEqualTo(answer.get("hash").asText());
    assertThat(Http.get(node.uri(), "api/v1/blocks/latest", null).body().get("height").asLong())
        .isGreaterThanOrEqualTo(height);
  }

  @Test
  void accountsAndTheRegistryAreNeverReadAnonymously() {
    String path = "api/v1/accounts/" + alice.publicKey().toHex();
    assertThat(Http.get(node.uri(), path, null).status()).isEqualTo(401);
    assertThat(Http.get(node.uri(), path, signed(bob, path)).status()).isEqualTo(403);
    assertThat(Http.get(node.uri(), path, signed(KeyPair.generate(), path)).status())
        .isEqualTo(403);
    assertThat(
            Http.get(node.uri(), path, signed(alice, path)).body().get("balance_micros").asLong())
        .isEqualTo(5_000);
    assertThat(Http.get(node.uri(), path, signed(node.dso(), path)).status()).isEqualTo(200);
    String forged =
        signed(alice, path)
            .replace("key=" + alice.publicKey().toHex(), "key=" + bob.publicKey().toHex());
    assertThat(Http.get(node.uri(), path, forged).status()).isEqualTo(401);
    String stale =
        RequestSignature.header(alice, "GET", "/" + path, Instant.now().minusSeconds(600));
    assertThat(Http.get(node.uri(), path, stale).status()).isEqualTo(401);
    assertThat(
            Http.get(node.uri(), "api/v1/participants", signed(alice, "api/v1/participants"))
                .status())
        .isEqualTo(403);
    assertThat(
            Http.get(node.uri(), "api/v1/participants", signed(node.dso(), "api/v1/participants"))
                .body()
                .get("participants"))
        .hasSize(3);
  }

  @Test
  void aBatchAdmitsInOrderAndReportsEachTransaction() {
    String chainId = node.client().chainId();
    List<Transaction> txs = new ArrayList<>();
    for (int n = 0; n < 50; n++) {
      txs.add(
          Transaction.sign(
              alice, chainId, n, new Transfer(bob.publicKey(), Money.micros(100), "")));
    }
    txs.add(
        Transaction.sign(alice, chainId, 50, new Transfer(bob.publicKey(), Money.micros(100), "")));
    var answer = node.client().submitBatch(txs, true);
    assertThat(answer.get("admitted").asInt()).isEqualTo(50);
    assertThat(answer.get("results").get(49).get("status").asText()).isEqualTo("committed");
    assertThat(answer.get("results").get(50).get("error").asText()).isEqualTo("insufficient_funds");
    assertThat(node.client().account(bob.publicKey(), bob).get("balance_micros").asLong())
        .isEqualTo(5_000);
  }

  @Test
  void healthMetricsAndTheOpenApiDocumentAreServed() {
    assertThat(Http.get(node.uri(), "health", null).body().get("status").asText()).isEqualTo("up");
    assertThat(Http.get(node.uri(), "metrics", null).body().asText())
        .contains(
            "gridledger_transactions_committed_total",
            "gridledger_pool_size",
            "gridledger_block_commit_seconds");
    var openapi = Http.get(node.uri(), "api/v1/openapi.json", null).body();
    assertThat(openapi.get("openapi").asText()).startsWith("3.");
    assertThat(openapi.get("paths").has("/api/v1/transactions")).isTrue();
  }
}
