package org.gridledger.ledger.exec;

import java.util.EnumMap;
import java.util.Map;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.PayloadType;

/**
 * The rule of every payload type. The core rules are built in; domain modules add theirs through
 * {@link #with}. A payload type without a rule is refused, never silently applied.
 */
public final class RuleBook {
  private final Map<PayloadType, TxRule<? extends Payload>> rules;

  private RuleBook(Map<PayloadType, TxRule<? extends Payload>> rules) {
    this.rules = rules;
  }

  /** The rules of the ledger's own payloads: registrations, transfers, deposits, withdrawals. */
  public static RuleBook core() {
    return CoreRules.install(new RuleBook(new EnumMap<>(PayloadType.class)));
  }

  /** A rule book with {@code rule} for {@code type} added; refuses to replace a rule. */
  public <P extends Payload> RuleBook with(PayloadType type, TxRule<P> rule) {
    if (rules.containsKey(type)) {
      throw new IllegalStateException("a rule for " + type + " is already installed");
    }
    EnumMap<PayloadType, TxRule<? extends Payload>> copy = new EnumMap<>(PayloadType.class);
    copy.putAll(rules);
    copy.put(type, rule);
    return new RuleBook(copy);
  }

  @SuppressWarnings("unchecked")
  Outcome apply(Payload payload, TxContext context) {
    TxRule<Payload> rule = (TxRule<Payload>) rules.get(payload.type());
    if (rule == null) {
      return Refusal.of(
          Reason.INVALID_PAYLOAD, payload.type().jsonName() + " is not enabled on this node");
    }
    return rule.apply(payload, context);
  }
}
