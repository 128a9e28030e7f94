package org.gridledger.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.Refusal;
import org.gridledger.ledger.pool.Admission;
import org.gridledger.ledger.pool.Mempool;
import org.gridledger.ledger.pool.TxStatus;
import org.gridledger.ledger.store.TxLocation;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.node.NodeMetrics;

/**
 * Submitting transactions (one, as raw bytes or JSON; or a batch of raw ones) and reading them
 * back. {@code ?wait=true} holds the answer until the transaction is committed or rejected, at most
 * {@code timeout_ms} (default 10 s).
 */
final class TransactionRoutes {
  static final long MAX_BODY = 16L * 1024 * 1024;
  static final int MAX_BATCH = 20_000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Chain chain;
  private final Mempool pool;
  private final NodeMetrics metrics;
  private final Caller caller;

  TransactionRoutes(Chain chain, Mempool pool, NodeMetrics metrics, Caller caller) {
    this.chain = chain;
    this.pool = pool;
    this.metrics = metrics;
    this.caller = caller;
  }

  void register(Javalin app) {
    app.post("/api/v1/transactions", this::submit);
    app.post("/api/v1/transactions/batch", this::submitBatch);
    app.get("/api/v1/transactions/{hash}", this::get);
  }

  private void submit(Context ctx) {
    boolean wait = wants(ctx);
    long timeout = timeout(ctx);
    Transaction tx = readOne(ctx);
    Admission admission = admit(tx);
    if (!admission.admitted()) {
      throw ApiError.of((Refusal) admission.outcome());
    }
    if (!wait) {
      ctx.status(202).json(pending(tx.hash()));
      return;
    }
    TxStatus status = await(admission.settled(), timeout);
    switch (status) {
      case null -> ctx.status(202).json(pending(tx.hash()));
      case TxStatus.Committed c -> ctx.status(200).json(committed(tx.hash(), c));
      case TxStatus.Rejected r -> throw ApiError.of(r.refusal());
    }
  }

  private void submitBatch(Context ctx) {
    boolean wait = wants(ctx);
    long timeout = timeout(ctx);
    requireType(ctx, "application/octet-stream");
    byte[] body = body(ctx);
    List<Transaction> txs = new ArrayList<>();
    List<ObjectNode> results = new ArrayList<>();
    ByteReader in = new ByteReader(body);
    while (in.remaining() > 0) {
      if (txs.size() + results.size() >= MAX_BATCH) {
        throw new ApiError(
            413, "batch_too_large", "a batch may hold at most " + MAX_BATCH + " transactions");
      }
      try {
        txs.add(Transaction.decode(in.bytes(Transaction.MAX_BYTES, "transaction")));
      } catch (CodecException e) {
        throw ApiError.badRequest(
            "malformed", "transaction " + txs.size() + " of the batch: " + e.getMessage());
      }
    }
    txs.parallelStream().forEach(Transaction::hasValidSignature);
    List<CompletableFuture<TxStatus>> settled = new ArrayList<>();
    int admitted = 0;
    for (Transaction tx : txs) {
      Admission admission = admit(tx);
      settled.add(admission.settled());
      if (admission.admitted()) {
        admitted++;
        results.add(pending(tx.hash()));
      } else {
        results.add(error(tx.hash(), (Refusal) admission.outcome()));
      }
    }
    if (wait) {
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout);
      for (int i = 0; i < txs.size(); i++) {
        if (settled.get(i) != null) {
          long left = Math.max(0, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
          TxStatus status = await(settled.get(i), left);
          Hash hash = txs.get(i).hash();
          results.set(
              i,
              switch (status) {
                case null -> pending(hash);
                case TxStatus.Committed c -> committed(hash, c);
                case TxStatus.Rejected r -> error(hash, r.refusal());
              });
        }
      }
    }
    ObjectNode out = NODES.objectNode().put("submitted", txs.size()).put("admitted", admitted);
    ArrayNode array = out.putArray("results");
    results.forEach(array::add);
    ctx.status(200).json(out);
  }

  private Admission admit(Transaction tx) {
    Admission admission = pool.admit(tx);
    if (admission.outcome() instanceof Refusal r) {
      metrics.refused(r.reason(), "admission");
    }
    return admission;
  }

  private Transaction readOne(Context ctx) {
    String type = contentType(ctx);
    byte[] body = body(ctx);
    try {
      if (type.equals("application/octet-stream")) {
        return Transaction.decode(body);
      }
      if (type.equals("application/json")) {
        JsonNode json;
        try {
          json = JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw ApiError.badRequest(
              "malformed", "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
          throw ApiError.badRequest("malformed", "the body cannot be read: " + e.getMessage());
        }
        return TransactionJson.read(json);
      }
    } catch (CodecException | IllegalArgumentException e) {
      metrics.refused(Reason.MALFORMED, "admission");
      throw ApiError.badRequest(Reason.MALFORMED.code(), e.getMessage());
    }
    throw new ApiError(
        415,
        "unsupported_media_type",
        "send application/octet-stream (canonical bytes) or application/json, not " + type);
  }

  private void get(Context ctx) {
    Hash hash = Paths.hash(ctx.pathParam("hash"));
    Optional<TxLocation> location = chain.store().locate(hash);
    if (location.isEmpty()) {
      if (pool.pending(hash).isPresent()) {
        ctx.json(pending(hash));
        return;
      }
      throw ApiError.notFound("no transaction " + hash + " is pending or committed");
    }
    TxLocation at = location.get();
    var block = chain.store().block(at.height()).orElseThrow();
    Transaction tx = block.transactions().get(at.index());
    ObjectNode out = committed(hash, new TxStatus.Committed(at.height(), at.index()));
    out.put("block_hash", block.hash().toHex())
        .put("time", java.time.Instant.ofEpochMilli(block.header().timestampMillis()).toString());
    var reader = caller.optional(ctx);
    if (reader.isPresent() && (reader.get().key().equals(tx.sender()) || reader.get().seesAll())) {
      out.set("transaction", TransactionJson.write(tx));
    }
    ctx.json(out);
  }

  private static byte[] body(Context ctx) {
    long length = ctx.contentLength();
    if (length > MAX_BODY) {
      throw new ApiError(
          413, "body_too_large", "the body has " + length + " bytes; the limit is " + MAX_BODY);
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length > MAX_BODY) {
      throw new ApiError(413, "body_too_large", "the body exceeds " + MAX_BODY + " bytes");
    }
    if (body.length == 0) {
      throw ApiError.badRequest("malformed", "the body is empty");
    }
    return body;
  }

  private static String contentType(Context ctx) {
    String type = ctx.contentType();
    if (type == null) {
      throw new ApiError(415, "unsupported_media_type", "the request names no Content-Type");
    }
    return type.split(";")[0].trim().toLowerCase(java.util.Locale.ROOT);
  }

  private static void requireType(Context ctx, String expected) {
    String type = contentType(ctx);
    if (!type.equals(expected)) {
      throw new ApiError(415, "unsupported_media_type", "send " + expected + ", not " + type);
    }
  }

  private static boolean wants(Context ctx) {
    String wait = ctx.queryParam("wait");
    if (wait != null && !wait.equals("true") && !wait.equals("false")) {
      throw ApiError.badRequest("bad_parameter", "wait must be true or false");
    }
    return "true".equals(wait);
  }

  private static long timeout(Context ctx) {
    String value = ctx.queryParam("timeout_ms");
    if (value == null) {
      return 10_000;
    }
    try {
      long ms = Long.parseLong(value);
      if (ms < 0 || ms > 120_000) {
        throw new NumberFormatException();
      }
      return ms;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(
          "bad_parameter", "timeout_ms must be a whole number of milliseconds from 0 to 120000");
    }
  }

  private static TxStatus await(CompletableFuture<TxStatus> future, long timeoutMs) {
    try {
      return future.get(timeoutMs, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static ObjectNode pending(Hash hash) {
    return NODES.objectNode().put("hash", hash.toHex()).put("status", "pending");
  }

  private static ObjectNode committed(Hash hash, TxStatus.Committed c) {
    return NODES
        .objectNode()
        .put("hash", hash.toHex())
        .put("status", "committed")
        .put("height", c.height())
        .put("index", c.index());
  }

  private static ObjectNode error(Hash hash, Refusal refusal) {
    return NODES
        .objectNode()
        .put("hash", hash.toHex())
        .put("status", "refused")
        .put("error", refusal.reason().code())
        .put("message", refusal.message());
  }
}
