package org.gridledger.flex.ledger;

import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.tx.PayloadType;

/**
 * Demand response on the ledger: the DSO enrols meters and creates events; owners or their
 * aggregators opt in and out before the deadline; the DSO's operator settles each event on metered
 * baselines, paying rewards from the grid account and charging penalties with the arrears fallback.
 */
public final class FlexLedger {
  private FlexLedger() {}

  public static RuleBook install(RuleBook book) {
    return book.with(PayloadType.REGISTER_FLEX_RESOURCE, CommitmentRules::enrol)
        .with(PayloadType.CREATE_DR_EVENT, EventRules::create)
        .with(PayloadType.CANCEL_DR_EVENT, EventRules::cancel)
        .with(PayloadType.DR_OPT_IN, CommitmentRules::optIn)
        .with(PayloadType.DR_OPT_OUT, CommitmentRules::optOut)
        .with(PayloadType.SETTLE_DR_EVENT, DrSettlementRule::settle);
  }
}
