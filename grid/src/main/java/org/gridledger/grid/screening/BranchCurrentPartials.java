package org.gridledger.grid.screening;

import com.powsybl.math.matrix.DenseMatrix;
import org.gridledger.grid.model.GridModel;

/**
 * Partial derivatives of each branch's loading (% of rating) with respect to the voltage angles and
 * magnitudes at its two ends, on the side whose loading is the larger at the operating point. A
 * branch without current at the operating point gets the magnitude of the complex current change
 * instead (conservative: any injection then raises its loading).
 */
final class BranchCurrentPartials {
  private final int[] from;
  private final int[] to;
  private final double[][] a; // [k] -> thetaF, vF, thetaT, vT (real), then complex parts when idle
  private final boolean[] idle;

  BranchCurrentPartials(
      GridModel model, Admittances y, double[][] ratedA, double[] v, double[] th) {
    int m = y.from.length;
    from = y.from;
    to = y.to;
    a = new double[m][];
    idle = new boolean[m];
    for (int k = 0; k < m; k++) {
      int f = from[k];
      int t = to[k];
      double vfRe = v[f] * Math.cos(th[f]);
      double vfIm = v[f] * Math.sin(th[f]);
      double vtRe = v[t] * Math.cos(th[t]);
      double vtIm = v[t] * Math.sin(th[t]);
      double[] side1 = current(y.ffRe[k], y.ffIm[k], y.ftRe[k], y.ftIm[k], vfRe, vfIm, vtRe, vtIm);
      double[] side2 = current(y.tfRe[k], y.tfIm[k], y.ttRe[k], y.ttIm[k], vfRe, vfIm, vtRe, vtIm);
      double base1 = 1000 / (Math.sqrt(3) * model.buses().get(f).nominalKv()) / ratedA[0][k] * 100;
      double base2 = 1000 / (Math.sqrt(3) * model.buses().get(t).nominalKv()) / ratedA[1][k] * 100;
      boolean useSide1 =
          Math.hypot(side1[0], side1[1]) * base1 >= Math.hypot(side2[0], side2[1]) * base2;
      double[] cur = useSide1 ? side1 : side2;
      double scale = useSide1 ? base1 : base2;
      double yaRe = useSide1 ? y.ffRe[k] : y.tfRe[k];
      double yaIm = useSide1 ? y.ffIm[k] : y.tfIm[k];
      double ybRe = useSide1 ? y.ftRe[k] : y.ttRe[k];
      double ybIm = useSide1 ? y.ftIm[k] : y.ttIm[k];
      // dI/d(thetaF) = ya * j Vf ; dI/d|Vf| = ya * Vf/|Vf| ; same for t with yb
      double[][] dI = {
        mul(yaRe, yaIm, -vfIm, vfRe),
        mul(yaRe, yaIm, Math.cos(th[f]), Math.sin(th[f])),
        mul(ybRe, ybIm, -vtIm, vtRe),
        mul(ybRe, ybIm, Math.cos(th[t]), Math.sin(th[t]))
      };
      double mag = Math.hypot(cur[0], cur[1]);
      idle[k] = mag < 1e-12;
      a[k] = new double[8];
      for (int x = 0; x < 4; x++) {
        if (idle[k]) {
          a[k][2 * x] = dI[x][0] * scale;
          a[k][2 * x + 1] = dI[x][1] * scale;
        } else {
          a[k][x] = (cur[0] * dI[x][0] + cur[1] * dI[x][1]) / mag * scale;
        }
      }
    }
  }

  double loadingChange(int k, DenseMatrix dx, int column, int[] pos, int nv) {
    int f = from[k];
    int t = to[k];
    double thF = pos[f] >= 0 ? dx.get(pos[f], column) : 0;
    double vF = pos[f] >= 0 ? dx.get(nv + pos[f], column) : 0;
    double thT = pos[t] >= 0 ? dx.get(pos[t], column) : 0;
    double vT = pos[t] >= 0 ? dx.get(nv + pos[t], column) : 0;
    double[] c = a[k];
    if (!idle[k]) {
      return c[0] * thF + c[1] * vF + c[2] * thT + c[3] * vT;
    }
    double re = c[0] * thF + c[2] * vF + c[4] * thT + c[6] * vT;
    double im = c[1] * thF + c[3] * vF + c[5] * thT + c[7] * vT;
    return Math.hypot(re, im);
  }

  private static double[] current(
      double aRe,
      double aIm,
      double bRe,
      double bIm,
      double vfRe,
      double vfIm,
      double vtRe,
      double vtIm) {
    double[] x = mul(aRe, aIm, vfRe, vfIm);
    double[] z = mul(bRe, bIm, vtRe, vtIm);
    return new double[] {x[0] + z[0], x[1] + z[1]};
  }

  private static double[] mul(double aRe, double aIm, double bRe, double bIm) {
    return new double[] {aRe * bRe - aIm * bIm, aRe * bIm + aIm * bRe};
  }
}
