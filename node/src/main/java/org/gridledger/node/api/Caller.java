package org.gridledger.node.api;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Optional;
import org.gridledger.ledger.account.Participant;
import org.gridledger.ledger.account.Registry;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.state.StateReader;

/**
 * Who is asking: the registered participant whose key signed the request. Private data is served to
 * its owner and to those who see all (the DSO, auditors), never anonymously.
 */
public final class Caller {
  private final StateReader state;
  private final Clock clock;

  public Caller(StateReader state, Clock clock) {
    this.state = state;
    this.clock = clock;
  }

  /** The signing participant; 401 if the request is unsigned or badly signed, 403 if unknown. */
  public Participant require(Context ctx) {
    String pathAndQuery = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    PublicKey key =
        RequestSignature.verify(
            ctx.header("Authorization"), ctx.method().name(), pathAndQuery, clock.instant());
    return Registry.participant(state, key)
        .orElseThrow(() -> ApiError.forbidden("key " + key + " is not a registered participant"));
  }

  /** The caller, who must be {@code owner} or see all; 403 otherwise. */
  public Participant requireOwnerOrOverseer(Context ctx, PublicKey owner) {
    Participant caller = require(ctx);
    if (!caller.key().equals(owner) && !caller.seesAll()) {
      throw ApiError.forbidden("only the owner, the DSO or an auditor may read this");
    }
    return caller;
  }

  /** The caller, who must see all (DSO, auditor); 403 otherwise. */
  public Participant requireOverseer(Context ctx) {
    Participant caller = require(ctx);
    if (!caller.seesAll()) {
      throw ApiError.forbidden("only the DSO or an auditor may read this");
    }
    return caller;
  }

  public Optional<Participant> optional(Context ctx) {
    return ctx.header("Authorization") == null ? Optional.empty() : Optional.of(require(ctx));
  }
}
