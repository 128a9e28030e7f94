package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import org.gridledger.ledger.chain.Attestation;
import org.gridledger.ledger.chain.Block;
import org.gridledger.ledger.chain.BlockHeader;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.store.Head;
import org.gridledger.ledger.tx.Transaction;

/**
 * The chain's public face: its identity and head, and blocks by height. Blocks show transaction
 * hashes; a transaction's content is read through its own route.
 */
final class ChainRoutes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final Chain chain;
  private final Genesis genesis;

  ChainRoutes(Chain chain) {
    this.chain = chain;
    this.genesis = chain.genesis();
  }

  void register(Javalin app) {
    app.get("/api/v1/chain", this::info);
    app.get("/api/v1/blocks/latest", ctx -> block(ctx, chain.head().height()));
    app.get("/api/v1/blocks/{height}", ctx -> block(ctx, Paths.height(ctx.pathParam("height"))));
  }

  private void info(Context ctx) {
    Head head = chain.head();
    ObjectNode out = NODES.objectNode();
    out.put("chain_id", genesis.chainId())
        .put("genesis_hash", chain.store().block(0).orElseThrow().hash().toHex())
        .put("dso", genesis.dso().key().toHex())
        .put("height", head.height())
        .put("head_hash", head.hash().toHex())
        .put("state_root", head.stateRoot().toHex())
        .put("time", Instant.ofEpochMilli(head.timestampMillis()).toString());
    ArrayNode authorities = out.putArray("authorities");
    genesis.authorities().forEach(k -> authorities.add(k.toHex()));
    ctx.json(out);
  }

  private void block(Context ctx, long height) {
    Block block =
        chain
            .store()
            .block(height)
            .orElseThrow(
                () ->
                    ApiError.notFound(
                        "no block at height "
                            + height
                            + "; the head is at "
                            + chain.head().height()));
    ctx.json(write(block));
  }

  static ObjectNode write(Block block) {
    BlockHeader h = block.header();
    ObjectNode out = NODES.objectNode();
    out.put("height", h.height())
        .put("hash", block.hash().toHex())
        .put("version", h.version())
        .put("previous", h.previous().toHex())
        .put("time", Instant.ofEpochMilli(h.timestampMillis()).toString())
        .put("tx_count", h.txCount())
        .put("tx_root", h.txRoot().toHex())
        .put("anchor_root", h.anchorRoot().toHex())
        .put("state_root", h.stateRoot().toHex())
        .put("proposer", h.proposer().toHex())
        .put("signature", block.signature().toBase64());
    ArrayNode attestations = out.putArray("attestations");
    for (Attestation a : h.attestations()) {
      attestations
          .addObject()
          .put("authority", a.authority().toHex())
          .put("signature", a.signature().toBase64());
    }
    ArrayNode txs = out.putArray("transactions");
    for (Transaction tx : block.transactions()) {
      txs.add(tx.hash().toHex());
    }
    return out;
  }
}
