package org.gridledger.ledger.units;

/** A price of energy in micro-units of currency per kWh. */
public record Price(long microsPerKwh) implements Comparable<Price> {
  public static Price microsPerKwh(long micros) {
    return new Price(micros);
  }

  /**
   * The cost of {@code energy} at this price, rounded toward zero to a whole micro-unit; the caller
   * books the residue (see {@link #residueOf}) so that sums stay exact.
   */
  public Money costOf(Energy energy) {
    return new Money(Math.multiplyExact(microsPerKwh, energy.wh()) / 1000);
  }

  /** What {@link #costOf} dropped, in thousandths of a micro-unit. */
  public long residueOf(Energy energy) {
    return Math.multiplyExact(microsPerKwh, energy.wh()) % 1000;
  }

  @Override
  public int compareTo(Price o) {
    return Long.compare(microsPerKwh, o.microsPerKwh);
  }

  @Override
  public String toString() {
    return microsPerKwh + " µ/kWh";
  }
}
