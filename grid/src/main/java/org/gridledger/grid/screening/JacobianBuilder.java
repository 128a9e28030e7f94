package org.gridledger.grid.screening;

import com.powsybl.math.matrix.SparseMatrix;
import java.util.Arrays;

/**
 * The polar AC power-flow Jacobian d(P, Q)/d(theta, V) at a solved operating point, all buses but
 * the source as PQ buses, loads at constant power, per unit on a 1 MVA base. Row {@code pos(i)} is
 * P at bus i, row {@code nv + pos(i)} is Q; column {@code pos(i)} is theta at bus i, column {@code
 * nv + pos(i)} is V.
 */
final class JacobianBuilder {
  private final int[] pos;
  private final int nv;
  private int count;
  private int[] rows = new int[64];
  private int[] cols = new int[64];
  private double[] vals = new double[64];

  JacobianBuilder(int[] pos, int nv) {
    this.pos = pos;
    this.nv = nv;
  }

  SparseMatrix build(Admittances y, double[] v, double[] theta) {
    for (int k = 0; k < y.from.length; k++) {
      int f = y.from[k];
      int t = y.to[k];
      side(f, t, y.ffRe[k], y.ffIm[k], y.ftRe[k], y.ftIm[k], v, theta);
      side(t, f, y.ttRe[k], y.ttIm[k], y.tfRe[k], y.tfIm[k], v, theta);
    }
    return toCsc(2 * nv);
  }

  private void side(
      int i, int o, double gii, double bii, double gio, double bio, double[] v, double[] th) {
    if (pos[i] < 0) {
      return;
    }
    double d = th[i] - th[o];
    double c = Math.cos(d);
    double s = Math.sin(d);
    double vi = v[i];
    double vo = v[o];
    double pTheta = vi * vo * (-gio * s + bio * c);
    double qTheta = vi * vo * (gio * c + bio * s);
    double pCross = gio * c + bio * s;
    double qCross = gio * s - bio * c;
    int rp = pos[i];
    int rq = nv + pos[i];
    add(rp, pos[i], pTheta);
    add(rq, pos[i], qTheta);
    add(rp, nv + pos[i], 2 * vi * gii + vo * pCross);
    add(rq, nv + pos[i], -2 * vi * bii + vo * qCross);
    if (pos[o] >= 0) {
      add(rp, pos[o], -pTheta);
      add(rq, pos[o], -qTheta);
      add(rp, nv + pos[o], vi * pCross);
      add(rq, nv + pos[o], vi * qCross);
    }
  }

  private void add(int row, int col, double value) {
    if (count == rows.length) {
      rows = Arrays.copyOf(rows, count * 2);
      cols = Arrays.copyOf(cols, count * 2);
      vals = Arrays.copyOf(vals, count * 2);
    }
    rows[count] = row;
    cols[count] = col;
    vals[count] = value;
    count++;
  }

  private SparseMatrix toCsc(int dim) {
    Integer[] order = new Integer[count];
    for (int e = 0; e < count; e++) {
      order[e] = e;
    }
    Arrays.sort(
        order,
        (a, b) ->
            cols[a] != cols[b]
                ? Integer.compare(cols[a], cols[b])
                : Integer.compare(rows[a], rows[b]));
    int[] colStart = new int[dim + 1];
    int[] rowIdx = new int[count];
    double[] values = new double[count];
    int nnz = 0;
    int lastRow = -1;
    int lastCol = -1;
    for (Integer e : order) {
      if (cols[e] == lastCol && rows[e] == lastRow) {
        values[nnz - 1] += vals[e];
        continue;
      }
      rowIdx[nnz] = rows[e];
      values[nnz] = vals[e];
      colStart[cols[e] + 1]++;
      nnz++;
      lastRow = rows[e];
      lastCol = cols[e];
    }
    for (int c = 0; c < dim; c++) {
      colStart[c + 1] += colStart[c];
    }
    return new SparseMatrix(
        dim, dim, colStart, Arrays.copyOf(rowIdx, nnz), Arrays.copyOf(values, nnz));
  }
}
