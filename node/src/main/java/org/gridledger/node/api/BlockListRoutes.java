package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.chain.BlockHeader;
import org.gridledger.ledger.chain.Chain;

/**
 * The latest blocks, public, each checked as the node reads it: {@code GET
 * /api/v1/blocks?limit=N&before=H} lists block summaries newest first, with whether the proposer's
 * signature holds, the transactions match the header's root and the block links to its predecessor.
 * {@code GET /api/v1/time} gives the node's clock, which signed requests must follow.
 */
public final class BlockListRoutes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Chain chain;
  private final Clock clock;

  public BlockListRoutes(Chain chain, Clock clock) {
    this.chain = chain;
    this.clock = clock;
  }

  public void register(Javalin app) {
    app.get("/api/v1/blocks", this::list);
    app.get(
        "/api/v1/time",
        ctx ->
            ctx.json(
                NODES
                    .objectNode()
                    .put("now", Instant.ofEpochMilli(clock.millis()).toString())
                    .put("height", chain.head().height())));
  }

  private void list(Context ctx) {
    long head = chain.head().height();
    int limit = (int) MeteringParams.number(ctx, "limit", 10, 1, 100);
    long before = MeteringParams.number(ctx, "before", head + 1, 1, Long.MAX_VALUE);
    ObjectNode out = NODES.objectNode().put("head", head);
    ArrayNode list = out.putArray("blocks");
    for (long h = Math.min(before - 1, head); h >= 0 && list.size() < limit; h--) {
      Optional<Block> block = chain.store().block(h);
      block.ifPresent(b -> list.add(summary(b, chain)));
    }
    ctx.json(out);
  }

  /** A block's header fields and the result of checking it. */
  static ObjectNode summary(Block block, Chain chain) {
    BlockHeader h = block.header();
    boolean signed = block.hasValidSignature() && chain.authorities().contains(h.proposer());
    boolean txRoot = Block.txRoot(block.transactions()).equals(h.txRoot());
    boolean linked =
        h.height() == 0
            || chain
                .store()
                .block(h.height() - 1)
                .map(p -> p.hash().equals(h.previous()))
                .orElse(false);
    ObjectNode out =
        NODES
            .objectNode()
            .put("height", h.height())
            .put("hash", block.hash().toHex())
            .put("previous", h.previous().toHex())
            .put("time", Instant.ofEpochMilli(h.timestampMillis()).toString())
            .put("tx_count", h.txCount())
            .put("anchor_root", h.anchorRoot().toHex())
            .put("state_root", h.stateRoot().toHex())
            .put("proposer", h.proposer().toHex())
            .put("attestations", h.attestations().size());
    out.putObject("verification")
        .put("signature", signed)
        .put("tx_root", txRoot)
        .put("linked", linked)
        .put("valid", signed && txRoot && linked);
    return out;
  }
}
