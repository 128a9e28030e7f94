package org.gridledger.market.ledger;

import java.util.Optional;
import org.gridledger.ledger.exec.Outcome;
import org.gridledger.ledger.exec.Reason;
import org.gridledger.ledger.exec.TxContext;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.SetGridTopology;
import org.gridledger.ledger.tx.SetMarketRules;

/** The DSO sets the market's rules and publishes its feeder's topology. */
final class SetupRules {
  private SetupRules() {}

  static Outcome rules(SetMarketRules r, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (role.isApplied()) {
      MarketState.put(ctx.state(), r.params());
    }
    return role;
  }

  static Outcome topology(SetGridTopology t, TxContext ctx) {
    Outcome role = ctx.requireRole(Role.DSO);
    if (!role.isApplied()) {
      return role;
    }
    Optional<String> problem = Topology.problem(t.links());
    if (problem.isPresent()) {
      return Refuse.because(Reason.INVALID_PAYLOAD, problem.get());
    }
    Topology.put(ctx.state(), t.links());
    return Outcome.APPLIED;
  }
}
