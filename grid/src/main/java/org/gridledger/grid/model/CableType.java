package org.gridledger.grid.model;

/**
 * Low-voltage cable types with typical datasheet values (aluminium, PVC insulated, laid in ground):
 * resistance and reactance in ohms per km and permanent current rating in amperes.
 */
public enum CableType {
  NAYY_4X50(0.642, 0.083, 142),
  NAYY_4X95(0.320, 0.082, 215),
  NAYY_4X120(0.225, 0.080, 242),
  NAYY_4X150(0.208, 0.080, 270),
  NAYY_4X240(0.125, 0.080, 357);

  private final double rOhmPerKm;
  private final double xOhmPerKm;
  private final double ratingA;

  CableType(double rOhmPerKm, double xOhmPerKm, double ratingA) {
    this.rOhmPerKm = rOhmPerKm;
    this.xOhmPerKm = xOhmPerKm;
    this.ratingA = ratingA;
  }

  public double rOhmPerKm() {
    return rOhmPerKm;
  }

  public double xOhmPerKm() {
    return xOhmPerKm;
  }

  public double ratingA() {
    return ratingA;
  }
}
