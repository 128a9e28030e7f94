package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.gridledger.ledger.chain.Chain;

/**
 * Server-sent events for the dashboard, public: {@code GET /api/v1/events} sends {@code hello} once
 * ({@code now}, {@code height}), a {@code block} event per new block (its summary and verification,
 * as {@code /api/v1/blocks}) and a {@code tick} every two seconds ({@code now}, {@code height})
 * that pages use to refresh what changes without a block. The head is polled only while someone
 * listens.
 */
public final class LiveEvents {
  static final long POLL_MILLIS = 250;
  static final int MAX_BLOCKS_PER_POLL = 20;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Chain chain;
  private final Clock clock;
  private final List<SseClient> clients = new CopyOnWriteArrayList<>();
  private ScheduledExecutorService poller;
  private long lastHeight;
  private long polls;

  public LiveEvents(Chain chain, Clock clock) {
    this.chain = chain;
    this.clock = clock;
  }

  public void register(Javalin app) {
    app.sse("/api/v1/events", this::connect);
  }

  private void connect(SseClient client) {
    client.keepAlive();
    client.onClose(() -> leave(client));
    client.sendEvent("hello", time().toString());
    join(client);
  }

  private synchronized void join(SseClient client) {
    clients.add(client);
    if (poller == null) {
      lastHeight = chain.head().height();
      poller =
          Executors.newSingleThreadScheduledExecutor(
              r -> Thread.ofPlatform().daemon().name("dashboard-events").unstarted(r));
      poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }
  }

  private synchronized void leave(SseClient client) {
    clients.remove(client);
    if (clients.isEmpty() && poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }

  private void poll() {
    try {
      long head = chain.head().height();
      for (long h = Math.max(lastHeight + 1, head - MAX_BLOCKS_PER_POLL + 1); h <= head; h++) {
        chain
            .store()
            .block(h)
            .ifPresent(b -> broadcast("block", BlockListRoutes.summary(b, chain).toString()));
      }
      lastHeight = head;
      if (++polls % (2000 / POLL_MILLIS) == 0) {
        broadcast("tick", time().toString());
      }
    } catch (RuntimeException e) {
      // a closing store or a client gone mid-write: the next poll tries again
    }
  }

  private ObjectNode time() {
    return NODES
        .objectNode()
        .put("now", Instant.ofEpochMilli(clock.millis()).toString())
        .put("height", chain.head().height());
  }

  private void broadcast(String event, String data) {
    for (SseClient c : clients) {
      if (c.terminated()) {
        leave(c);
      } else {
        c.sendEvent(event, data);
      }
    }
  }
}
