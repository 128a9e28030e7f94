package org.gridledger.ledger.units;

/** A power in watts. */
public record Power(long watts) implements Comparable<Power> {
  public static Power watts(long watts) {
    return new Power(watts);
  }

  /** The energy this power delivers over {@code minutes}, rounded down to a whole Wh. */
  public Energy over(long minutes) {
    return new Energy(Math.multiplyExact(watts, minutes) / 60);
  }

  @Override
  public int compareTo(Power o) {
    return Long.compare(watts, o.watts);
  }

  @Override
  public String toString() {
    return watts + " W";
  }
}
