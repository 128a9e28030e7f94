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

  private final List<URI> nodes;
  private final java.util.concurrent.atomic.AtomicInteger current =
      new java.util.concurrent.atomic.AtomicInteger();
  private final Duration retryFor;
  private final HttpClient http;
  private final Clock clock;

  public NodeClient(URI base) {
    this(base, Clock.systemUTC());
  }

  public NodeClient(URI base, Clock clock) {
    this(List.of(base), Duration.ZERO, clock);
  }

  /**
   * A client of a cluster: a request that finds its node unreachable, or answered 503 (no leader
   * yet, a node behind, a full pool), is sent again to the next node in turn for up to {@code
   * retryFor}. Submissions are safe to repeat: a transaction already pending or committed is
   * refused as {@code duplicate} or {@code nonce_replayed}, never applied twice.
   */
  public static NodeClient failover(List<URI> nodes, Duration retryFor) {
    return new NodeClient(nodes, retryFor, Clock.systemUTC());
  }

  private NodeClient(List<URI> nodes, Duration retryFor, Clock clock) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("a client needs at least one node");
    }
    this.nodes =
        nodes.stream()
            .map(URI::toString)
            .map(t -> URI.create(t.endsWith("/") ? t : t + "/"))
            .toList();
    this.retryFor = retryFor;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    this.clock = clock;
  }

  /** Whether this client retries on other nodes ({@link #failover}). */
  public boolean failsOver() {
    return !retryFor.isZero();
  }

  /** The node requests go to now. */
  public URI base() {
    return nodes.get(Math.floorMod(current.get(), nodes.size()));
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
    return account(sender.publicKey(), sender).get("next_nonce").asLong();
  }

  /**
   * Signs {@code payload} with the sender's next nonce and submits it. A key may sign elsewhere too
   * (the DSO's node signs its own duties with the DSO's key): if another transaction took the nonce
   * in between, it signs again with the next one, a few times at most.
   */
  public JsonNode sign(KeyPair sender, Payload payload, boolean wait) {
    String chainId = chainId();
    for (int attempt = 1; ; attempt++) {
      Transaction tx = Transaction.sign(sender, chainId, nextNonce(sender), payload);
      try {
        return submit(tx, wait);
      } catch (NodeClientException e) {
        if (!e.code().equals("nonce_replayed") || attempt == 3) {
          throw e;
        }
      }
    }
  }

  public JsonNode submit(Transaction tx, boolean wait) {
    return send(
        base ->
            HttpRequest.newBuilder(base.resolve("api/v1/transactions" + (wait ? "?wait=true" : "")))
                .header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(tx.encoded()))
                .build());
  }

  /** Submits many transactions in one request (each length-prefixed). */
  public JsonNode submitBatch(List<Transaction> txs, boolean wait) {
    ByteWriter body = new ByteWriter(txs.size() * 200);
    txs.forEach(tx -> tx.writeTo(body));
    byte[] bytes = body.toBytes();
    return send(
        base ->
            HttpRequest.newBuilder(
                    base.resolve(
                        "api/v1/transactions/batch"
                            + (wait ? "?wait=true&timeout_ms=" + batchWaitMs() : "")))
                .header("Content-Type", "application/octet-stream")
                .timeout(Duration.ofSeconds(90))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build());
  }

  /**
   * GETs {@code path} (relative to the node's base URI), signing it when {@code signer} is given.
   */
  public JsonNode get(String path, KeyPair signer) {
    return send(
        base -> {
          HttpRequest.Builder request =
              HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
          if (signer != null) {
            String pathAndQuery = "/" + path;
            request.header(
                "Authorization",
                RequestSignature.header(signer, "GET", pathAndQuery, clock.instant()));
          }
          return request.build();
        });
  }

  /** A cluster client waits less per try, so that a lost leader costs one retry, not a minute. */
  private long batchWaitMs() {
    return failsOver() ? 15_000 : 60_000;
  }

  private JsonNode send(java.util.function.Function<URI, HttpRequest> request) {
    long deadline = System.nanoTime() + retryFor.toNanos();
    while (true) {
      int tried = current.get();
      try {
        return sendOnce(request.apply(base()));
      } catch (NodeClientException e) {
        boolean retriable = e.status() == 0 || e.status() == 503;
        if (!retriable || !failsOver() || System.nanoTime() > deadline) {
          throw e;
        }
        current.compareAndSet(tried, tried + 1);
        if (Math.floorMod(tried + 1, nodes.size()) == 0) {
          java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
        }
      }
    }
  }

  private JsonNode sendOnce(HttpRequest request) {
    URI base = request.uri();
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
