package org.gridledger.node.cluster;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.gridledger.consensus.cluster.ClusterStatus;
import org.gridledger.consensus.cluster.Member;
import org.gridledger.consensus.cluster.RatisCluster;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.node.api.ApiError;

/**
 * The API of a cluster node beside the single node's: submissions on a follower are relayed to the
 * leader; reads take {@code consistency=local} (the default: what this node has applied), {@code
 * consistency=leader} (wait until this node has applied what the leader had when asked) or {@code
 * min_height=N} (wait until this node holds block N), each waiting at most {@code wait_ms} (default
 * 5000) before 503 {@code behind}; and {@code GET /api/v1/cluster} tells the node's view.
 */
public final class ClusterRoutes {
  private final RatisCluster cluster;
  private final Chain chain;
  private final LeaderForwarder forwarder;

  public ClusterRoutes(RatisCluster cluster, Chain chain, LeaderForwarder forwarder) {
    this.cluster = cluster;
    this.chain = chain;
    this.forwarder = forwarder;
  }

  public void register(Javalin app) {
    app.before("/api/v1/transactions", this::relayUnlessLeader);
    app.before("/api/v1/transactions/batch", this::relayUnlessLeader);
    app.before("/api/v1/*", this::consistency);
    app.get("/api/v1/cluster", this::status);
  }

  private void relayUnlessLeader(Context ctx) {
    if (ctx.method() == HandlerType.POST && !cluster.isLeader()) {
      forwarder.relay(ctx);
      ctx.skipRemainingHandlers();
    }
  }

  private void consistency(Context ctx) {
    if (ctx.method() != HandlerType.GET) {
      return;
    }
    String consistency = ctx.queryParam("consistency");
    String minHeight = ctx.queryParam("min_height");
    long waitMs = number(ctx, "wait_ms", 5_000, 60_000);
    if (minHeight != null) {
      await(number(ctx, "min_height", 0, Long.MAX_VALUE), waitMs);
    }
    if (consistency == null || consistency.equals("local")) {
      return;
    }
    if (!consistency.equals("leader")) {
      throw ApiError.badRequest("bad_parameter", "consistency must be local or leader");
    }
    if (!cluster.isLeader()) {
      try {
        await(cluster.leaderHeight(), waitMs);
      } catch (IOException e) {
        throw new ApiError(503, "no_leader", "the leader cannot be asked: " + e.getMessage());
      }
    }
  }

  private void await(long height, long waitMs) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMs);
    while (chain.head().height() < height) {
      if (System.nanoTime() > deadline) {
        throw new ApiError(
            503,
            "behind",
            "this node holds blocks up to "
                + chain.head().height()
                + ", not yet "
                + height
                + "; retry, or read another node");
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
    }
  }

  private static long number(Context ctx, String name, long fallback, long max) {
    String value = ctx.queryParam(name);
    if (value == null) {
      return fallback;
    }
    try {
      long n = Long.parseLong(value);
      if (n < 0 || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("bad_parameter", name + " must be a whole number from 0 to " + max);
    }
  }

  private void status(Context ctx) {
    ClusterStatus s = cluster.status();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("self", s.self());
    out.put("role", s.role().toLowerCase(java.util.Locale.ROOT));
    out.put("leader", s.leader().orElse(null));
    out.put(
        "leader_api",
        s.leader()
            .flatMap(id -> cluster.spec().member(id))
            .map(Member::api)
            .map(Object::toString)
            .orElse(null));
    out.put("term", s.term());
    out.put("applied_index", s.appliedIndex());
    out.put("commit_index", s.commitIndex());
    out.put("height", chain.head().height());
    out.put("voters", s.voters());
    ctx.json(out);
  }
}
