package org.gridledger.node.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.node.api.RequestSignature;

/**
 * A client of a node's REST API, for the CLI, the load generator and tests. Thread-safe. Every
 * non-2xx answer becomes a {@link NodeClientException} carrying the node's error code and message.
 */
public final class NodeClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient http;
  private final Clock clock;

  public NodeClient(URI base) {
    this(base, Clock.systemUTC());
  }

  public NodeClient(URI base, Clock clock) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text : text + "/");
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.clock = clock;
  }

  public JsonNode chain() {
    return get("api/v1/chain", null);
  }

  public String chainId() {
    return chain().get("chain_id").asText();
  }

  /** The account of {@code owner}, read with a request signed by {@code reader}. */
  public JsonNode account(PublicKey owner, KeyPair reader) {
    return get("api/v1/accounts/" + owner.toHex(), reader);
  }

  public long nextNonce(KeyPair sender) {
    return account(sender.publicKey(), sender).get("nonce").asLong();
  }

  /** Signs {@code payload} with the sender's next nonce and submits it. */
  public JsonNode sign(KeyPair sender, Payload payload, boolean wait) {
    Transaction tx = Transaction.sign(sender, chainId(), nextNonce(sender), payload);
    return submit(tx, wait);
  }

  public JsonNode submit(Transaction tx, boolean wait) {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("api/v1/transactions" + (wait ? "?wait=true" : "")))
            .header("Content-Type", "application/octet-stream")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofByteArray(tx.encoded()))
            .build();
    return send(request);
  }

  /** Submits many transactions in one request (each length-prefixed). */
  public JsonNode submitBatch(List<Transaction> txs, boolean wait) {
    ByteWriter body = new ByteWriter(txs.size() * 200);
    txs.forEach(tx -> tx.writeTo(body));
    HttpRequest request =
        HttpRequest.newBuilder(
                base.resolve(
                    "api/v1/transactions/batch" + (wait ? "?wait=true&timeout_ms=60000" : "")))
            .header("Content-Type", "application/octet-stream")
            .timeout(Duration.ofSeconds(90))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toBytes()))
            .build();
    return send(request);
  }

  /**
   * GETs {@code path} (relative to the node's base URI), signing it when {@code signer} is given.
   */
  public JsonNode get(String path, KeyPair signer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
    if (signer != null) {
      String pathAndQuery = "/" + path;
      request.header(
          "Authorization", RequestSignature.header(signer, "GET", pathAndQuery, clock.instant()));
    }
    return send(request.build());
  }

  private JsonNode send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      JsonNode body =
          response.body().length == 0 ? JSON.createObjectNode() : JSON.readTree(response.body());
      if (response.statusCode() >= 300) {
        throw new NodeClientException(
            response.statusCode(),
            body.path("error").asText("http_" + response.statusCode()),
            body.path("message").asText(""));
      }
      return body;
    } catch (IOException e) {
      throw new NodeClientException(
          0, "unreachable", "cannot reach the node at " + base + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NodeClientException(0, "interrupted", "interrupted");
    }
  }
}
