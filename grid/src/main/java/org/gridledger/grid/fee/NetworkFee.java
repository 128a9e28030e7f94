package org.gridledger.grid.fee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.model.Branch;
import org.gridledger.grid.model.GridModel;

/**
 * Network fee of a trade by the electrical distance between the seller's and the buyer's bus. The
 * distance d is the smallest sum of series impedance magnitudes |z| over a path between the two
 * buses, each |z| in per unit on a 1 MVA base (|Z| in ohm / kV^2 of the branch's side 2), so that
 * it measures the losses a transfer causes per kW whatever the voltage level. On a radial feeder
 * the path is unique. The fee follows {@link NetworkTariff}; results are integers, the same on
 * every call. Immutable and thread-safe.
 */
public final class NetworkFee {
  private final NetworkTariff tariff;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<List<double[]>> adjacent = new ArrayList<>();

  public NetworkFee(GridModel model, NetworkTariff tariff) {
    this.tariff = tariff;
    for (int i = 0; i < model.buses().size(); i++) {
      index.put(model.buses().get(i).id(), i);
      adjacent.add(new ArrayList<>());
    }
    for (Branch b : model.branches()) {
      double kv = model.bus(b.toBus()).nominalKv();
      double zPu = Math.hypot(b.rOhm(), b.xOhm()) / (kv * kv);
      int f = index.get(b.fromBus());
      int t = index.get(b.toBus());
      adjacent.get(f).add(new double[] {t, zPu});
      adjacent.get(t).add(new double[] {f, zPu});
    }
  }

  /** Electrical distance in per unit (1 MVA base) between two buses. */
  public double distancePu(String fromBus, String toBus) {
    int from = bus(fromBus);
    int to = bus(toBus);
    double[] dist = new double[adjacent.size()];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    dist[from] = 0;
    PriorityQueue<double[]> queue =
        new PriorityQueue<>(
            (a, b) -> a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[0], b[0]));
    queue.add(new double[] {from, 0});
    while (!queue.isEmpty()) {
      double[] top = queue.poll();
      int u = (int) top[0];
      if (top[1] > dist[u]) {
        continue;
      }
      if (u == to) {
        return dist[u];
      }
      for (double[] edge : adjacent.get(u)) {
        int w = (int) edge[0];
        double d = dist[u] + edge[1];
        if (d < dist[w]) {
          dist[w] = d;
          queue.add(new double[] {w, d});
        }
      }
    }
    return dist[to];
  }

  /** The fee in micro-units per kWh for energy sold at {@code sellerBus} to {@code buyerBus}. */
  public long microPerKwh(String sellerBus, String buyerBus) {
    long variable = Math.round(tariff.microPerKwhPerPu() * distancePu(sellerBus, buyerBus));
    return Math.min(tariff.capMicroPerKwh(), tariff.fixedMicroPerKwh() + variable);
  }

  private int bus(String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new GridModelException("network fee: unknown bus " + id);
    }
    return i;
  }
}
