package org.gridledger.ledger.tx;

/**
 * One bus of a radial feeder and the impedance of the branch to its parent, in milliohms; the
 * substation bus has no parent (empty) and no impedance.
 */
public record BusLink(String bus, String parent, long milliohms) {
  public BusLink {
    Text.require(bus, "bus", 64, false);
    Text.require(parent, "parent", 64, true);
    if (milliohms < 0 || milliohms > 1_000_000_000L) {
      throw new IllegalArgumentException("bus " + bus + ": milliohms must be 0 to 1e9");
    }
    if (bus.equals(parent)) {
      throw new IllegalArgumentException("bus " + bus + " cannot be its own parent");
    }
  }

  public boolean isRoot() {
    return parent.isEmpty();
  }
}
