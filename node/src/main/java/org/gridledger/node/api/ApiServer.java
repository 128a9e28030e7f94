package org.gridledger.node.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.pool.Mempool;
import org.gridledger.node.NodeMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's HTTP server (Javalin): the REST API under {@code /api/v1}, {@code /health}, {@code
 * /metrics} and the OpenAPI document. Every error is JSON {@code {"error", "message"}}: 4xx for the
 * client's mistakes; a 5xx only for the node's own faults.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private final Javalin app;

  public ApiServer(
      Chain chain, Mempool pool, NodeMetrics metrics, Clock clock, BooleanSupplier healthy) {
    ObjectMapper mapper = new ObjectMapper();
    app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.useVirtualThreads = true;
              config.http.maxRequestSize = TransactionRoutes.MAX_BODY;
              config.jsonMapper(new JavalinJackson(mapper, false));
              DashboardPages.configure(config);
            });
    Caller caller = new Caller(chain.store(), clock);
    new TransactionRoutes(chain, pool, metrics, caller).register(app);
    new ChainRoutes(chain).register(app);
    new AccountRoutes(chain.store(), caller, pool).register(app);
    new MarketRoutes(chain.store(), caller).register(app);
    new BillRoutes(chain.store(), caller).register(app);
    DashboardPages.register(app);
    new FlexRoutes(chain.store(), caller).register(app);
    app.get("/health", ctx -> health(ctx, chain, pool, healthy));
    app.get(
        "/metrics",
        ctx ->
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape()));
    app.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
    app.exception(
        HttpResponseException.class,
        (e, ctx) -> error(ctx, e.getStatus(), codeOf(e.getStatus()), e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal", "the node failed to answer: " + e.getClass().getSimpleName());
        });
    app.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            error(ctx, 404, "not_found", "no route " + ctx.method() + " " + ctx.path());
          }
        });
    app.error(
        405,
        ctx ->
            error(
                ctx, 405, "method_not_allowed", ctx.method() + " is not allowed on " + ctx.path()));
  }

  /** Registers more routes or filters (a cluster node's), before {@link #start}. */
  public ApiServer extend(java.util.function.Consumer<Javalin> routes) {
    routes.accept(app);
    return this;
  }

  public ApiServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  private static void health(Context ctx, Chain chain, Mempool pool, BooleanSupplier healthy) {
    boolean up = healthy.getAsBoolean();
    ctx.status(up ? 200 : 503)
        .json(
            Map.of(
                "status",
                up ? "up" : "down",
                "height",
                chain.head().height(),
                "pool",
                pool.size()));
  }

  private static void error(Context ctx, int status, String code, String message) {
    ctx.status(status).json(Map.of("error", code, "message", message == null ? code : message));
  }

  private static String codeOf(int status) {
    return switch (status) {
      case 413 -> "body_too_large";
      case 415 -> "unsupported_media_type";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      default -> status >= 500 ? "internal" : "bad_request";
    };
  }

  private static byte[] openApi() throws IOException {
    try (InputStream in =
        ApiServer.class.getResourceAsStream("/org/gridledger/node/openapi.json")) {
      if (in == null) {
        throw new IOException("openapi.json is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
