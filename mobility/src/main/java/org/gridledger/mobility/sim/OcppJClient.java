package org.gridledger.mobility.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * An OCPP-J 1.6 client on the JDK's WebSocket: frames {@code [2, id, action, payload]} (CALL),
 * {@code [3, id, payload]} (CALLRESULT) and {@code [4, id, code, description, details]}
 * (CALLERROR). One HttpClient can carry thousands of these (no thread per connection). Requests
 * from the central system are answered by the handler given; frames that match no call are kept in
 * {@link #unmatched()} for inspection. Thread-safe.
 */
public final class OcppJClient implements WebSocket.Listener {
  public static final ObjectMapper JSON = new ObjectMapper();

  /** A CALLERROR answer, as an exception completing the call. */
  public static final class CallError extends RuntimeException {
    private final String code;

    CallError(String code, String description) {
      super(code + ": " + description);
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  private final Map<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final BlockingQueue<JsonNode> unmatched = new LinkedBlockingQueue<>();
  private final AtomicLong ids = new AtomicLong();
  private final StringBuilder partial = new StringBuilder();
  private final Function<ArrayNode, JsonNode> onCall;
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private volatile WebSocket socket;
  private CompletableFuture<WebSocket> sendChain = CompletableFuture.completedFuture(null);

  /**
   * @param onCall answers a CALL of the central system: the payload of the CALLRESULT, or null for
   *     a CALLERROR NotImplemented
   */
  public OcppJClient(Function<ArrayNode, JsonNode> onCall) {
    this.onCall = onCall;
  }

  /** Connects to {@code base + identity} with HTTP Basic credentials and subprotocol ocpp1.6. */
  public CompletableFuture<OcppJClient> connect(
      HttpClient http, URI base, String identity, String password) {
    String basic =
        Base64.getEncoder()
            .encodeToString((identity + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http.newWebSocketBuilder()
        .header("Authorization", "Basic " + basic)
        .subprotocols("ocpp1.6")
        .connectTimeout(Duration.ofSeconds(30))
        .buildAsync(base.resolve(identity), this)
        .thenApply(ws -> this);
  }

  /** Sends a CALL and completes with the CALLRESULT's payload (or a {@link CallError}). */
  public CompletableFuture<JsonNode> call(String action, ObjectNode payload) {
    String id = Long.toString(ids.incrementAndGet());
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    ArrayNode frame = JSON.createArrayNode().add(2).add(id).add(action).add(payload);
    send(frame.toString());
    return answer.orTimeout(60, TimeUnit.SECONDS).whenComplete((r, e) -> pending.remove(id));
  }

  /** Sends any text as one frame (for tests of malformed frames). */
  public void sendRaw(String text) {
    send(text);
  }

  private synchronized void send(String text) {
    WebSocket ws = socket;
    if (ws == null) {
      throw new IllegalStateException("not connected");
    }
    sendChain = sendChain.thenCompose(ignored -> ws.sendText(text, true));
  }

  public BlockingQueue<JsonNode> unmatched() {
    return unmatched;
  }

  public CompletableFuture<Integer> closed() {
    return closed;
  }

  public boolean isOpen() {
    WebSocket ws = socket;
    return ws != null && !ws.isInputClosed() && !ws.isOutputClosed();
  }

  public void close() {
    WebSocket ws = socket;
    if (ws != null) {
      ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
      ws.abort();
    }
  }

  @Override
  public void onOpen(WebSocket webSocket) {
    this.socket = webSocket;
    webSocket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    String text;
    synchronized (partial) {
      partial.append(data);
      if (!last) {
        webSocket.request(1);
        return null;
      }
      text = partial.toString();
      partial.setLength(0);
    }
    webSocket.request(1);
    handle(text);
    return null;
  }

  private void handle(String text) {
    JsonNode frame;
    try {
      frame = JSON.readTree(text);
    } catch (Exception e) {
      unmatched.add(JSON.getNodeFactory().textNode(text));
      return;
    }
    if (!frame.isArray() || frame.size() < 3) {
      unmatched.add(frame);
      return;
    }
    int kind = frame.get(0).asInt();
    String id = frame.get(1).asText();
    switch (kind) {
      case 2 -> {
        JsonNode result = onCall.apply((ArrayNode) frame);
        send(
            result == null
                ? JSON.createArrayNode()
                    .add(4)
                    .add(id)
                    .add("NotImplemented")
                    .add("not supported by the simulator")
                    .add(JSON.createObjectNode())
                    .toString()
                : JSON.createArrayNode().add(3).add(id).add(result).toString());
      }
      case 3 -> complete(id, frame, f -> f.get(2), null);
      case 4 ->
          complete(id, frame, null, new CallError(frame.get(2).asText(), frame.path(3).asText()));
      default -> unmatched.add(frame);
    }
  }

  private void complete(
      String id, JsonNode frame, Function<JsonNode, JsonNode> result, CallError error) {
    CompletableFuture<JsonNode> answer = pending.remove(id);
    if (answer == null) {
      unmatched.add(frame);
    } else if (error != null) {
      answer.completeExceptionally(error);
    } else {
      answer.complete(result.apply(frame));
    }
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closed.complete(statusCode);
    pending.values().forEach(p -> p.completeExceptionally(new IllegalStateException("closed")));
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closed.complete(-1);
    pending.values().forEach(p -> p.completeExceptionally(error));
  }
}
