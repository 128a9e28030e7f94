package org.gridledger.market.clearing;

/**
 * The money of a trade, {@code energyWh × pricePerKwh / 1000}, split into whole micro-units rounded
 * down (towards negative infinity) and the residue that rounding dropped, so that settlement can
 * book the residue and keep sums exact.
 *
 * <p>Exactly: {@code energyWh × pricePerKwh = 1000 × microUnits + residueMilliMicros}.
 *
 * @param microUnits the amount in whole micro-units, rounded down
 * @param residueMilliMicros what rounding dropped, in thousandths of a micro-unit, in [0, 999]
 */
public record TradeValue(long microUnits, long residueMilliMicros) {

  public TradeValue {
    if (residueMilliMicros < 0 || residueMilliMicros > 999) {
      throw new IllegalArgumentException(
          "residueMilliMicros must be in [0, 999], was " + residueMilliMicros);
    }
  }

  /**
   * The value of {@code energyWh} at {@code pricePerKwh}.
   *
   * @throws ArithmeticException if the product does not fit in a long (impossible within {@link
   *     org.gridledger.market.MarketRules})
   */
  public static TradeValue of(long energyWh, long pricePerKwh) {
    long milliMicros = Math.multiplyExact(energyWh, pricePerKwh);
    return new TradeValue(Math.floorDiv(milliMicros, 1000), Math.floorMod(milliMicros, 1000));
  }
}
