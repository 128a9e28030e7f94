package org.gridledger.grid.model;

import org.gridledger.grid.GridModelException;

/**
 * A net injection into a bus: generation positive, consumption negative.
 *
 * @param pW active power in watts
 * @param qVar reactive power in var
 */
public record Injection(double pW, double qVar) {
  public static final Injection ZERO = new Injection(0, 0);

  public Injection {
    if (!Double.isFinite(pW) || !Double.isFinite(qVar)) {
      throw new GridModelException(
          "injection must be finite, got p=" + pW + " W, q=" + qVar + " var");
    }
  }

  /** A consumption of {@code pW} watts and {@code qVar} var, as an injection. */
  public static Injection load(double pW, double qVar) {
    return new Injection(-pW, -qVar);
  }

  public Injection plus(Injection other) {
    return new Injection(pW + other.pW, qVar + other.qVar);
  }
}
