package org.gridledger.ledger.units;

/** An amount of energy in watt-hours. */
public record Energy(long wh) implements Comparable<Energy> {
  public static final Energy ZERO = new Energy(0);

  public static Energy wh(long wh) {
    return new Energy(wh);
  }

  public Energy plus(Energy other) {
    return new Energy(Math.addExact(wh, other.wh));
  }

  public Energy minus(Energy other) {
    return new Energy(Math.subtractExact(wh, other.wh));
  }

  public Energy min(Energy other) {
    return wh <= other.wh ? this : other;
  }

  @Override
  public int compareTo(Energy o) {
    return Long.compare(wh, o.wh);
  }

  @Override
  public String toString() {
    return wh + " Wh";
  }
}
