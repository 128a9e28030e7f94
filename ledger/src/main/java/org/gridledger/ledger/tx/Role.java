package org.gridledger.ledger.tx;

/** What a registered participant may do. A participant may hold several roles. */
public enum Role {
  DSO,
  AGGREGATOR,
  PROSUMER,
  CONSUMER,
  EV_DRIVER,
  CHARGE_POINT_OWNER,
  AUDITOR;

  /** Roles that may read every participant's private data. */
  public boolean seesAll() {
    return this == DSO || this == AUDITOR;
  }
}
