package org.gridledger.grid.model;

import org.gridledger.grid.GridModelException;

/**
 * A two-winding transformer. Magnetising losses are neglected.
 *
 * @param id unique branch id
 * @param fromBus high-voltage side bus (side 1)
 * @param toBus low-voltage side bus (side 2)
 * @param rOhm series resistance in ohms referred to side 2, >= 0
 * @param xOhm series reactance in ohms referred to side 2
 * @param ratedKva thermal rating: the rated apparent power in kVA, > 0 ({@code
 *     Double.POSITIVE_INFINITY} for an imported transformer without a rating)
 * @param ratio off-nominal voltage ratio (V2/V1 in per unit of the bus nominal voltages), 1 for a
 *     transformer whose rated voltages equal the bus nominal voltages
 */
public record Transformer(
    String id,
    String fromBus,
    String toBus,
    double rOhm,
    double xOhm,
    double ratedKva,
    double ratio)
    implements Branch {
  public Transformer {
    Checks.id(id, "transformer");
    String el = "transformer " + id;
    Checks.id(fromBus, el + " side 1 bus");
    Checks.id(toBus, el + " side 2 bus");
    if (fromBus.equals(toBus)) {
      throw new GridModelException(el + ": both sides at bus " + fromBus);
    }
    Checks.nonNegative(el, "r", rOhm);
    Checks.finite(el, "x", xOhm);
    if (rOhm == 0 && xOhm == 0) {
      throw new GridModelException(el + ": zero impedance");
    }
    Checks.positiveRating(el, ratedKva, "kVA");
    if (!(ratio > 0) || Double.isInfinite(ratio)) {
      throw new GridModelException(el + ": ratio must be positive, got " + ratio);
    }
  }

  /**
   * A transformer from its nameplate: short-circuit voltage uk (% of rated voltage) and load
   * (copper) losses at rated power in kW, referred to the side 2 nominal voltage.
   */
  public static Transformer fromNameplate(
      String id,
      String hvBus,
      String lvBus,
      double lvKv,
      double ratedKva,
      double ukPercent,
      double copperLossKw) {
    double zBase = lvKv * lvKv * 1000 / ratedKva;
    double zPu = ukPercent / 100;
    double rPu = copperLossKw / ratedKva;
    if (rPu >= zPu) {
      throw new GridModelException(
          "transformer " + id + ": copper losses exceed the short-circuit impedance");
    }
    double xPu = Math.sqrt(zPu * zPu - rPu * rPu);
    return new Transformer(id, hvBus, lvBus, rPu * zBase, xPu * zBase, ratedKva, 1.0);
  }

  @Override
  public String kind() {
    return "transformer";
  }
}
