package org.gridledger.ledger.tx;

/** The kinds of device the DSO registers; each signs with its own key. */
public enum DeviceType {
  METER,
  CHARGE_POINT
}
