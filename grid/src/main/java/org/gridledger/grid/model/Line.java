package org.gridledger.grid.model;

import org.gridledger.grid.GridModelException;

/**
 * A line or cable, modelled as a pi section.
 *
 * @param id unique branch id
 * @param fromBus bus at side 1
 * @param toBus bus at side 2
 * @param rOhm series resistance in ohms, >= 0
 * @param xOhm series reactance in ohms
 * @param bMicroSiemens total shunt susceptance in microsiemens, split half to each end
 * @param ratingA thermal rating: the permanent current limit in amperes, > 0 ({@code
 *     Double.POSITIVE_INFINITY} for an imported line without a rating: never overloaded)
 */
public record Line(
    String id,
    String fromBus,
    String toBus,
    double rOhm,
    double xOhm,
    double bMicroSiemens,
    double ratingA)
    implements Branch {
  public Line {
    Checks.id(id, "line");
    String el = "line " + id;
    Checks.id(fromBus, el + " side 1 bus");
    Checks.id(toBus, el + " side 2 bus");
    if (fromBus.equals(toBus)) {
      throw new GridModelException(el + ": both ends at bus " + fromBus);
    }
    Checks.nonNegative(el, "r", rOhm);
    Checks.finite(el, "x", xOhm);
    Checks.finite(el, "b", bMicroSiemens);
    if (rOhm == 0 && xOhm == 0) {
      throw new GridModelException(el + ": zero impedance");
    }
    Checks.positiveRating(el, ratingA, "A");
  }

  /** A line without shunt susceptance. */
  public Line(String id, String fromBus, String toBus, double rOhm, double xOhm, double ratingA) {
    this(id, fromBus, toBus, rOhm, xOhm, 0, ratingA);
  }

  @Override
  public String kind() {
    return "line";
  }
}
