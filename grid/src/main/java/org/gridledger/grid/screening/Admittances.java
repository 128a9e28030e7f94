package org.gridledger.grid.screening;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.model.Branch;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Line;
import org.gridledger.grid.model.Transformer;

/**
 * Per-unit pi-model admittances of every branch on a 1 MVA base, with the conventions of
 * OpenLoadFlow (transformer ratio at side 1, impedance referred to side 2). Arrays indexed by
 * branch: yff, yft, ytf, ytt as real and imaginary parts.
 */
final class Admittances {
  final int[] from;
  final int[] to;
  final double[] ffRe, ffIm, ftRe, ftIm, tfRe, tfIm, ttRe, ttIm;

  Admittances(GridModel model) {
    Map<String, Integer> index = new HashMap<>();
    List<org.gridledger.grid.model.Bus> buses = model.buses();
    for (int i = 0; i < buses.size(); i++) {
      index.put(buses.get(i).id(), i);
    }
    int m = model.branches().size();
    from = new int[m];
    to = new int[m];
    ffRe = new double[m];
    ffIm = new double[m];
    ftRe = new double[m];
    ftIm = new double[m];
    tfRe = new double[m];
    tfIm = new double[m];
    ttRe = new double[m];
    ttIm = new double[m];
    for (int k = 0; k < m; k++) {
      Branch br = model.branches().get(k);
      from[k] = index.get(br.fromBus());
      to[k] = index.get(br.toBus());
      double kv2 = buses.get(to[k]).nominalKv();
      double zBase = kv2 * kv2; // ohm, for 1 MVA
      double r = br.rOhm() / zBase;
      double x = br.xOhm() / zBase;
      double den = r * r + x * x;
      double yRe = r / den;
      double yIm = -x / den;
      switch (br) {
        case Line l -> {
          double halfB = l.bMicroSiemens() * 1e-6 * zBase / 2;
          set(k, yRe, yIm + halfB, -yRe, -yIm, -yRe, -yIm, yRe, yIm + halfB);
        }
        case Transformer t -> {
          double rho = t.ratio();
          set(
              k,
              rho * rho * yRe,
              rho * rho * yIm,
              -rho * yRe,
              -rho * yIm,
              -rho * yRe,
              -rho * yIm,
              yRe,
              yIm);
        }
      }
    }
  }

  private void set(
      int k, double a, double b, double c, double d, double e, double f, double g, double h) {
    ffRe[k] = a;
    ffIm[k] = b;
    ftRe[k] = c;
    ftIm[k] = d;
    tfRe[k] = e;
    tfIm[k] = f;
    ttRe[k] = g;
    ttIm[k] = h;
  }
}
