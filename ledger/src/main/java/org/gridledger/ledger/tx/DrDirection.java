package org.gridledger.ledger.tx;

/**
 * What a demand-response event asks of the load: to reduce it (the usual peak call) or to increase
 * it (soak up a local surplus, e.g. PV at noon). Delivered energy is baseline − measured for a
 * reduction and measured − baseline for an increase.
 */
public enum DrDirection {
  REDUCE,
  INCREASE
}
