package org.gridledger.grid.check;

import org.gridledger.grid.GridModelException;

/**
 * Operating limits of a check.
 *
 * @param vMinPu lowest admissible bus voltage in p.u. (EN 50160: 0.90)
 * @param vMaxPu highest admissible bus voltage in p.u. (EN 50160: 1.10)
 * @param maxLoadingPct highest admissible loading of a line or transformer in % of its rating
 */
public record Limits(double vMinPu, double vMaxPu, double maxLoadingPct) {
  public Limits {
    if (!(vMinPu > 0 && vMinPu < 1 && vMaxPu > 1 && vMaxPu < 2)) {
      throw new GridModelException(
          "voltage band must be 0 < vMin < 1 < vMax < 2 p.u., got " + vMinPu + ".." + vMaxPu);
    }
    if (!(maxLoadingPct > 0) || Double.isInfinite(maxLoadingPct)) {
      throw new GridModelException("maximum loading must be positive, got " + maxLoadingPct + " %");
    }
  }

  /** EN 50160: ±10 % of nominal voltage, 100 % of thermal rating. */
  public static Limits en50160() {
    return band(0.10);
  }

  /** A symmetric voltage band of ±{@code fraction} around 1 p.u., 100 % of thermal rating. */
  public static Limits band(double fraction) {
    return new Limits(1 - fraction, 1 + fraction, 100);
  }
}
