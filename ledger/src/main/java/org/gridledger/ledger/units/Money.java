package org.gridledger.ledger.units;

/** An amount of money in micro-units of the settlement currency (1 EUR = 1,000,000). */
public record Money(long micros) implements Comparable<Money> {
  public static final Money ZERO = new Money(0);

  public static Money micros(long micros) {
    return new Money(micros);
  }

  public Money plus(Money other) {
    return new Money(Math.addExact(micros, other.micros));
  }

  public Money minus(Money other) {
    return new Money(Math.subtractExact(micros, other.micros));
  }

  public Money negate() {
    return new Money(Math.negateExact(micros));
  }

  public boolean isPositive() {
    return micros > 0;
  }

  public boolean isNegative() {
    return micros < 0;
  }

  @Override
  public int compareTo(Money o) {
    return Long.compare(micros, o.micros);
  }

  @Override
  public String toString() {
    return micros + " µ";
  }
}
