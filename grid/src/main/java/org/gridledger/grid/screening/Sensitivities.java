package org.gridledger.grid.screening;

import com.powsybl.math.matrix.DenseMatrix;
import com.powsybl.math.matrix.LUDecomposition;
import java.util.List;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.flow.BusVoltage;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Line;
import org.gridledger.grid.model.Transformer;

/**
 * Linear sensitivities of bus voltages and branch loadings to active power injected at each bus,
 * around a solved AC operating point, the source absorbing the change. Derived from the inverse of
 * the AC Jacobian (solved with PowSyBl's sparse LU), so they include the R/X of low-voltage cables,
 * which a DC (PTDF) model ignores. Immutable; indices follow the model's bus and branch order.
 */
public final class Sensitivities {
  private final int n;
  private final int m;
  private final double[] dv; // [inj * n + bus], p.u. per W
  private final double[] dl; // [inj * m + branch], % per W

  private Sensitivities(int n, int m, double[] dv, double[] dl) {
    this.n = n;
    this.m = m;
    this.dv = dv;
    this.dl = dl;
  }

  /** Voltage change at {@code bus} in p.u. per W injected at {@code injectionBus}. */
  public double dVdP(int bus, int injectionBus) {
    return dv[injectionBus * n + bus];
  }

  /** Loading change of {@code branch} in % of rating per W injected at {@code injectionBus}. */
  public double dLoadingdP(int branch, int injectionBus) {
    return dl[injectionBus * m + branch];
  }

  public int busCount() {
    return n;
  }

  public int branchCount() {
    return m;
  }

  /**
   * Sensitivities around {@code point}, which must be a converged flow of {@code model}.
   *
   * @throws GridModelException if the flow did not converge
   */
  public static Sensitivities at(GridModel model, FlowResult point) {
    if (!point.converged()) {
      throw new GridModelException(
          "sensitivities need a converged operating point: " + point.status());
    }
    int n = model.buses().size();
    int m = model.branches().size();
    double[] v = new double[n];
    double[] th = new double[n];
    List<BusVoltage> bv = point.buses();
    for (int i = 0; i < n; i++) {
      v[i] = bv.get(i).vPu();
      th[i] = Math.toRadians(bv.get(i).angleDeg());
    }
    int source = model.buses().indexOf(model.bus(model.sourceBus()));
    int[] pos = new int[n];
    int nv = 0;
    for (int i = 0; i < n; i++) {
      pos[i] = i == source ? -1 : nv++;
    }
    Admittances y = new Admittances(model);
    double[] dv = new double[n * n];
    double[] dl = new double[n * m];
    if (nv == 0) {
      return new Sensitivities(n, m, dv, dl);
    }
    DenseMatrix dx = new DenseMatrix(2 * nv, nv);
    for (int j = 0; j < nv; j++) {
      dx.set(j, j, 1e-6); // 1 W on the 1 MVA base
    }
    try (LUDecomposition lu = new JacobianBuilder(pos, nv).build(y, v, th).decomposeLU()) {
      lu.solve(dx);
    }
    BranchCurrentPartials partials = new BranchCurrentPartials(model, y, ratedAmps(model), v, th);
    for (int j = 0; j < n; j++) {
      int c = pos[j];
      if (c < 0) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        if (pos[i] >= 0) {
          dv[j * n + i] = dx.get(nv + pos[i], c);
        }
      }
      for (int k = 0; k < m; k++) {
        dl[j * m + k] = partials.loadingChange(k, dx, c, pos, nv);
      }
    }
    return new Sensitivities(n, m, dv, dl);
  }

  private static double[][] ratedAmps(GridModel model) {
    int m = model.branches().size();
    double[][] rated = new double[2][m];
    for (int k = 0; k < m; k++) {
      switch (model.branches().get(k)) {
        case Line l -> {
          rated[0][k] = l.ratingA();
          rated[1][k] = l.ratingA();
        }
        case Transformer t -> {
          rated[0][k] = t.ratedKva() / (Math.sqrt(3) * model.bus(t.fromBus()).nominalKv());
          rated[1][k] = t.ratedKva() / (Math.sqrt(3) * model.bus(t.toBus()).nominalKv());
        }
      }
    }
    return rated;
  }
}
