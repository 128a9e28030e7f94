package org.gridledger.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.units.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets a 4xx JSON error naming the reason, and the state root stays. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiBadInputTest {
  @TempDir static Path dir;
  TestNode node;
  KeyPair alice;
  KeyPair bob;
  String chainId;

  @BeforeAll
  void start() {
    node = TestNode.start(dir);
    alice = node.participant("Alice", 1_000, Role.PROSUMER);
    bob = node.participant("Bob", 0, Role.CONSUMER);
    chainId = node.client().chainId();
  }

  @AfterAll
  void stop() {
    node.close();
  }

  private String stateRoot() {
    return node.client().chain().get("state_root").asText();
  }

  private void refused(Supplier<Http.Answer> request, int status, String code) {
    String before = stateRoot();
    Http.Answer answer = request.get();
    assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
    assertThat(answer.body().get("error").asText()).isEqualTo(code);
    assertThat(answer.body().get("message").asText()).isNotBlank();
    assertThat(stateRoot()).as("state root after " + code).isEqualTo(before);
  }

  private Http.Answer submit(Transaction tx) {
    return Http.post(
        node.uri(), "api/v1/transactions?wait=true", "application/octet-stream", tx.encoded());
  }

  private Transaction transfer(KeyPair from, long nonce, long amount) {
    return Transaction.sign(
        from, chainId, nonce, new Transfer(bob.publicKey(), Money.micros(amount), ""));
  }

  @Test
  void malformedBytes() {
    refused(
        () ->
            Http.post(
                node.uri(),
                "api/v1/transactions",
                "application/octet-stream",
                new byte[] {1, 0, 3, 'a'}),
        400,
        "malformed");
  }

  @Test
  void malformedJson() {
    refused(
        () ->
            Http.post(
                node.uri(),
                "api/v1/transactions",
                "application/json",
                "{\"raw\": ".getBytes(StandardCharsets.UTF_8)),
        400,
        "malformed");
    refused(
        () ->
            Http.post(
                node.uri(),
                "api/v1/transactions",
                "application/json",
                "{\"version\": 1}".getBytes(StandardCharsets.UTF_8)),
        400,
        "malformed");
  }

  @Test
  void wrongChainId() {
    refused(
        () ->
            submit(
                Transaction.sign(
                    alice, "another-chain", 0, new Transfer(bob.publicKey(), Money.micros(1), ""))),
        400,
        "wrong_chain");
  }

  @Test
  void badSignature() {
    byte[] bytes = transfer(alice, 0, 1).encoded();
    bytes[bytes.length - 5] ^= 0x40;
    refused(
        () -> Http.post(node.uri(), "api/v1/transactions", "application/octet-stream", bytes),
        401,
        "bad_signature");
  }

  @Test
  void unknownSender() {
    refused(() -> submit(transfer(KeyPair.generate(), 0, 1)), 403, "unknown_sender");
  }

  @Test
  void replayedAndSkippedNonce() {
    KeyPair carol = node.participant("Carol", 100, Role.CONSUMER);
    Transaction first =
        Transaction.sign(carol, chainId, 0, new Transfer(bob.publicKey(), Money.micros(1), ""));
    assertThat(submit(first).status()).isEqualTo(200);
    refused(() -> submit(first), 409, "nonce_replayed");
    refused(
        () ->
            submit(
                Transaction.sign(
                    carol, chainId, 7, new Transfer(bob.publicKey(), Money.micros(1), ""))),
        409,
        "nonce_gap");
  }

  @Test
  void insufficientFunds() {
    KeyPair dave = node.participant("Dave", 10, Role.CONSUMER);
    refused(
        () ->
            submit(
                Transaction.sign(
                    dave, chainId, 0, new Transfer(bob.publicKey(), Money.micros(11), ""))),
        422,
        "insufficient_funds");
  }

  @Test
  void unauthorisedRole() {
    KeyPair erin = node.participant("Erin", 0, Role.CONSUMER);
    refused(
        () ->
            submit(
                Transaction.sign(
                    erin, chainId, 0, new Deposit(erin.publicKey(), Money.micros(1_000), "mint"))),
        403,
        "unauthorized_role");
    refused(
        () ->
            submit(
                Transaction.sign(
                    erin,
                    chainId,
                    0,
                    new RegisterParticipant(
                        KeyPair.generate().publicKey(), "x", Set.of(Role.DSO)))),
        403,
        "unauthorized_role");
  }

  @Test
  void oversizedBody() {
    refused(
        () ->
            Http.post(
                node.uri(),
                "api/v1/transactions",
                "application/octet-stream",
                new byte[17 * 1024 * 1024]),
        413,
        "body_too_large");
    refused(
        () ->
            Http.post(
                node.uri(), "api/v1/transactions", "application/octet-stream", new byte[20_000]),
        400,
        "malformed");
  }

  @Test
  void wrongContentType() {
    refused(
        () ->
            Http.post(
                node.uri(), "api/v1/transactions", "text/plain", transfer(alice, 0, 1).encoded()),
        415,
        "unsupported_media_type");
    refused(
        () -> Http.post(node.uri(), "api/v1/transactions", null, transfer(alice, 0, 1).encoded()),
        415,
        "unsupported_media_type");
    refused(
        () ->
            Http.post(node.uri(), "api/v1/transactions/batch", "application/json", "[]".getBytes()),
        415,
        "unsupported_media_type");
  }

  @Test
  void badPathsAndParameters() {
    assertThat(Http.get(node.uri(), "api/v1/blocks/minus-one", null).status()).isEqualTo(400);
    assertThat(Http.get(node.uri(), "api/v1/blocks/999999", null).status()).isEqualTo(404);
    assertThat(Http.get(node.uri(), "api/v1/transactions/zz", null).body().get("error").asText())
        .isEqualTo("bad_parameter");
    assertThat(Http.get(node.uri(), "api/v1/nothing-here", null).body().get("error").asText())
        .isEqualTo("not_found");
    KeyPair frank = node.participant("Frank", 10, Role.CONSUMER);
    Transaction first = transfer(frank, 0, 1);
    refused(
        () ->
            Http.post(
                node.uri(),
                "api/v1/transactions?wait=true&timeout_ms=-3",
                "application/octet-stream",
                first.encoded()),
        400,
        "bad_parameter");
    assertThat(submit(first).status()).as("a refused request admits nothing").isEqualTo(200);
  }

  @Test
  void refusalsAreCountedInMetrics() {
    refused(() -> submit(transfer(KeyPair.generate(), 0, 1)), 403, "unknown_sender");
    String metrics = Http.get(node.uri(), "metrics", null).body().asText();
    assertThat(metrics)
        .contains(
            "gridledger_transactions_refused_total{reason=\"unknown_sender\",stage=\"admission\"}");
  }
}
