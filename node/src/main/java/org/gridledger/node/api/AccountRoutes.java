package org.gridledger.node.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.Locale;
import org.gridledger.ledger.account.Account;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.account.Accounts;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.pool.Mempool;
import org.gridledger.ledger.store.ChainStore;

/**
 * Private reads: an account (balance, committed nonce, and the next nonce counting the pool's
 * pending transactions) for its holder, the DSO and auditors; the participant registry for the DSO
 * and auditors (a participant may read its own entry).
 */
final class AccountRoutes {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final ChainStore store;
  private final Caller caller;
  private final Mempool pool;

  AccountRoutes(ChainStore store, Caller caller, Mempool pool) {
    this.store = store;
    this.caller = caller;
    this.pool = pool;
  }

  void register(Javalin app) {
    app.get("/api/v1/accounts/{id}", this::account);
    app.get("/api/v1/participants", this::participants);
    app.get("/api/v1/participants/{id}", this::participant);
  }

  private void account(Context ctx) {
    PublicKey key = Paths.key(ctx.pathParam("id"));
    caller.requireOwnerOrOverseer(ctx, key);
    if (Registry.participant(store, key).isEmpty()) {
      throw ApiError.notFound("no participant " + key);
    }
    Account account = Accounts.get(store, AccountId.of(key));
    ctx.json(
        NODES
            .objectNode()
            .put("id", key.toHex())
            .put("balance_micros", account.balance().micros())
            .put("next_nonce", pool.nextNonce(key))
            .put("nonce", account.nonce()));
  }

  private void participants(Context ctx) {
    caller.requireOverseer(ctx);
    ObjectNode out = NODES.objectNode();
    ArrayNode list = out.putArray("participants");
    store.forEachInNamespace(
        Registry.PARTICIPANTS, (key, value) -> list.add(write(Registry.decodeParticipant(value))));
    ctx.json(out);
  }

  private void participant(Context ctx) {
    PublicKey key = Paths.key(ctx.pathParam("id"));
    caller.requireOwnerOrOverseer(ctx, key);
    Participant p =
        Registry.participant(store, key)
            .orElseThrow(() -> ApiError.notFound("no participant " + key));
    ctx.json(write(p));
  }

  static ObjectNode write(Participant p) {
    ObjectNode out =
        NODES
            .objectNode()
            .put("id", p.key().toHex())
            .put("name", p.name())
            .put("registered_at", p.registeredAt());
    ArrayNode roles = out.putArray("roles");
    EnumSet.copyOf(p.roles()).forEach(r -> roles.add(r.name().toLowerCase(Locale.ROOT)));
    return out;
  }
}
