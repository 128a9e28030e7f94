package org.gridledger.grid.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IEEE 33-bus distribution system of Baran and Wu (1989), 12.66 kV, built from the published
 * line data in ohms and loads in kW/kvar (as MATPOWER's case33bw), tie switches open. Buses keep
 * their published numbers "1" to "33"; bus 1 is the substation, held at 1.0 p.u. Lines are named
 * "L1" to "L32" in the published order.
 *
 * <p>Thermal ratings are not part of the published case. We rate the trunk from the substation to
 * bus 6 (L1 to L5) at {@value #TRUNK_RATING_A} A and every other line at {@value #LATERAL_RATING_A}
 * A; the base case then loads L1 to about 50 %.
 */
public final class Ieee33Feeder {
  public static final double NOMINAL_KV = 12.66;
  public static final double TRUNK_RATING_A = 400;
  public static final double LATERAL_RATING_A = 200;

  // from, to, r (ohm), x (ohm)
  private static final double[][] LINES = {
    {1, 2, 0.0922, 0.0470}, {2, 3, 0.4930, 0.2511}, {3, 4, 0.3660, 0.1864},
    {4, 5, 0.3811, 0.1941}, {5, 6, 0.8190, 0.7070}, {6, 7, 0.1872, 0.6188},
    {7, 8, 0.7114, 0.2351}, {8, 9, 1.0300, 0.7400}, {9, 10, 1.0440, 0.7400},
    {10, 11, 0.1966, 0.0650}, {11, 12, 0.3744, 0.1238}, {12, 13, 1.4680, 1.1550},
    {13, 14, 0.5416, 0.7129}, {14, 15, 0.5910, 0.5260}, {15, 16, 0.7463, 0.5450},
    {16, 17, 1.2890, 1.7210}, {17, 18, 0.7320, 0.5740}, {2, 19, 0.1640, 0.1565},
    {19, 20, 1.5042, 1.3554}, {20, 21, 0.4095, 0.4784}, {21, 22, 0.7089, 0.9373},
    {3, 23, 0.4512, 0.3083}, {23, 24, 0.8980, 0.7091}, {24, 25, 0.8960, 0.7011},
    {6, 26, 0.2030, 0.1034}, {26, 27, 0.2842, 0.1447}, {27, 28, 1.0590, 0.9337},
    {28, 29, 0.8042, 0.7006}, {29, 30, 0.5075, 0.2585}, {30, 31, 0.9744, 0.9630},
    {31, 32, 0.3105, 0.3619}, {32, 33, 0.3410, 0.5302}
  };

  // kW, kvar at buses 2..33
  private static final double[][] LOADS = {
    {100, 60}, {90, 40}, {120, 80}, {60, 30}, {60, 20}, {200, 100}, {200, 100}, {60, 20},
    {60, 20}, {45, 30}, {60, 35}, {60, 35}, {120, 80}, {60, 10}, {60, 20}, {60, 20},
    {90, 40}, {90, 40}, {90, 40}, {90, 40}, {90, 40}, {90, 50}, {420, 200}, {420, 200},
    {60, 25}, {60, 25}, {60, 20}, {120, 70}, {200, 600}, {150, 70}, {210, 100}, {60, 40}
  };

  private Ieee33Feeder() {}

  /** The base case: 3715 kW and 2300 kvar of load. Bus i carries a meter "M{i}" (i = 2..33). */
  public static GridModel create() {
    List<Bus> buses = new ArrayList<>();
    for (int i = 1; i <= 33; i++) {
      buses.add(new Bus(Integer.toString(i), NOMINAL_KV));
    }
    List<Branch> branches = new ArrayList<>();
    for (int k = 0; k < LINES.length; k++) {
      double[] l = LINES[k];
      double rating = k < 5 ? TRUNK_RATING_A : LATERAL_RATING_A;
      branches.add(new Line("L" + (k + 1), id(l[0]), id(l[1]), l[2], l[3], rating));
    }
    Map<String, Injection> loads = new LinkedHashMap<>();
    Map<String, String> devices = new LinkedHashMap<>();
    for (int i = 0; i < LOADS.length; i++) {
      String bus = Integer.toString(i + 2);
      loads.put(bus, Injection.load(LOADS[i][0] * 1000, LOADS[i][1] * 1000));
      devices.put("M" + bus, bus);
    }
    return new GridModel("ieee33", buses, branches, "1", 1.0, loads, devices);
  }

  private static String id(double bus) {
    return Integer.toString((int) bus);
  }
}
