package org.gridledger.node.cluster;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.node.api.ApiError;

/**
 * Relays submissions to the leader's API, so that a client may submit to any node and {@code
 * ?wait=true} holds until the leader committed. A relayed request carries {@link #HEADER}; a node
 * that is not the leader either refuses it (no second hop) or answers 503 {@code no_leader}.
 * Thread-safe.
 */
public final class LeaderForwarder {
  public static final String HEADER = "X-GridLedger-Forwarded";
  private final Supplier<Optional<URI>> leaderApi;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();

  /**
   * @param leaderApi the base URL of the leader's API, empty while there is no leader or this node
   *     leads
   */
  public LeaderForwarder(Supplier<Optional<URI>> leaderApi) {
    this.leaderApi = leaderApi;
  }

  /** Answers {@code ctx} with the leader's answer to the same request. */
  public void relay(Context ctx) {
    if (ctx.header(HEADER) != null) {
      throw noLeader("this node no longer leads; retry");
    }
    URI leader = leaderApi.get().orElseThrow(() -> noLeader("no leader is known yet; retry"));
    String query = ctx.queryString();
    URI target = resolve(leader, ctx.path() + (query == null ? "" : "?" + query));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(150))
            .header(HEADER, "1")
            .method(ctx.method().name(), HttpRequest.BodyPublishers.ofByteArray(ctx.bodyAsBytes()));
    if (ctx.contentType() != null) {
      request.header("Content-Type", ctx.contentType());
    }
    if (ctx.header("Authorization") != null) {
      request.header("Authorization", ctx.header("Authorization"));
    }
    HttpResponse<byte[]> answer;
    try {
      answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw noLeader("the leader at " + leader + " cannot be reached: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw noLeader("interrupted");
    }
    ctx.status(answer.statusCode());
    answer.headers().firstValue("Content-Type").ifPresent(ctx::contentType);
    ctx.result(answer.body());
  }

  /** Submits {@code txs} to the leader as one batch without waiting; false if it could not. */
  public boolean submit(List<Transaction> txs) {
    Optional<URI> leader = leaderApi.get();
    if (leader.isEmpty()) {
      return false;
    }
    ByteWriter body = new ByteWriter(txs.size() * 200);
    txs.forEach(tx -> tx.writeTo(body));
    HttpRequest request =
        HttpRequest.newBuilder(resolve(leader.get(), "/api/v1/transactions/batch"))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/octet-stream")
            .header(HEADER, "1")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toBytes()))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static URI resolve(URI base, String pathAndQuery) {
    String text = base.toString();
    return URI.create(
        (text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + pathAndQuery);
  }

  private static ApiError noLeader(String message) {
    return new ApiError(503, "no_leader", message);
  }
}
