package org.gridledger.market.ledger;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.state.Key;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.tx.BusLink;
import org.gridledger.market.clearing.ElectricalDistance;

/**
 * The feeder as a tree of buses, namespace {@code topo}: each bus's parent, its depth and the
 * impedance from the substation (milliohms). The electrical distance of two buses is the impedance
 * of the path between them, {@code z(a) + z(b) − 2·z(lowest common ancestor)}: integer and
 * deterministic. Buses the topology does not name are all equally far (one ohm more than any path).
 */
public final class Topology {
  static final String NAMESPACE = "topo";
  private static final long UNKNOWN = 1_000_000_000_000L;

  /** A bus of the tree. */
  record Node(String parent, int depth, long impedance) {}

  private Topology() {}

  /**
   * Validates {@code links} as one tree rooted at a single substation bus.
   *
   * @return the problem, naming the bus, or empty when the tree is sound
   */
  static Optional<String> problem(List<BusLink> links) {
    Map<String, BusLink> byBus = new HashMap<>();
    int roots = 0;
    for (BusLink l : links) {
      if (byBus.put(l.bus(), l) != null) {
        return Optional.of("bus " + l.bus() + " is listed twice");
      }
      roots += l.isRoot() ? 1 : 0;
    }
    if (roots != 1) {
      return Optional.of("a feeder has exactly one substation bus (without parent), not " + roots);
    }
    for (BusLink l : links) {
      if (!l.isRoot() && !byBus.containsKey(l.parent())) {
        return Optional.of("bus " + l.bus() + " names an unknown parent " + l.parent());
      }
      Set<String> seen = new HashSet<>();
      for (BusLink up = l; !up.isRoot(); up = byBus.get(up.parent())) {
        if (!seen.add(up.bus())) {
          return Optional.of("bus " + l.bus() + " lies on a loop: a feeder must be radial");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Replaces the tree with a validated one, computing each bus's depth and impedance from the root.
   */
  static void put(StateOverlay state, List<BusLink> links) {
    byte[] previous = state.get(Key.of(NAMESPACE + "-list", "buses"));
    if (previous != null) {
      ByteReader old = new ByteReader(previous);
      for (int i = old.i32("count"); i > 0; i--) {
        state.delete(Key.of(NAMESPACE, old.string("bus")));
      }
    }
    ByteWriter list = new ByteWriter(links.size() * 8).i32(links.size());
    links.forEach(l -> list.string(l.bus()));
    state.put(Key.of(NAMESPACE + "-list", "buses"), list.toBytes());
    Map<String, BusLink> byBus = new HashMap<>();
    links.forEach(l -> byBus.put(l.bus(), l));
    Map<String, Node> nodes = new HashMap<>();
    for (BusLink l : links) {
      node(l.bus(), byBus, nodes);
    }
    for (BusLink l : links) {
      Node n = nodes.get(l.bus());
      state.put(
          Key.of(NAMESPACE, l.bus()),
          new ByteWriter(64).string(n.parent()).i32(n.depth()).i64(n.impedance()).toBytes());
    }
  }

  private static Node node(String bus, Map<String, BusLink> byBus, Map<String, Node> nodes) {
    Node known = nodes.get(bus);
    if (known != null) {
      return known;
    }
    BusLink link = byBus.get(bus);
    Node n =
        link.isRoot() ? new Node("", 0, 0) : withParent(link, node(link.parent(), byBus, nodes));
    nodes.put(bus, n);
    return n;
  }

  private static Node withParent(BusLink link, Node parent) {
    return new Node(link.parent(), parent.depth() + 1, parent.impedance() + link.milliohms());
  }

  /** Whether the DSO has published a topology. */
  public static boolean isPublished(StateReader state) {
    return state.get(Key.of(NAMESPACE + "-list", "buses")) != null;
  }

  static Optional<Node> node(StateReader state, String bus) {
    byte[] bytes = state.get(Key.of(NAMESPACE, bus));
    if (bytes == null) {
      return Optional.empty();
    }
    ByteReader in = new ByteReader(bytes);
    return Optional.of(new Node(in.string("parent"), in.i32("depth"), in.i64("impedance")));
  }

  /** The distance over the tree in {@code state}, remembering the buses it reads. */
  public static ElectricalDistance distance(StateReader state) {
    Map<String, Optional<Node>> cache = new HashMap<>();
    return (a, b) -> {
      if (a.equals(b)) {
        return 0;
      }
      Optional<Node> na = cache.computeIfAbsent(a, bus -> node(state, bus));
      Optional<Node> nb = cache.computeIfAbsent(b, bus -> node(state, bus));
      if (na.isEmpty() || nb.isEmpty()) {
        return UNKNOWN;
      }
      return na.get().impedance()
          + nb.get().impedance()
          - 2 * ancestorImpedance(a, na.get(), b, nb.get(), state, cache);
    };
  }

  private static long ancestorImpedance(
      String a, Node na, String b, Node nb, StateReader state, Map<String, Optional<Node>> cache) {
    while (!a.equals(b)) {
      if (na.depth() >= nb.depth()) {
        a = na.parent();
        na = cache.computeIfAbsent(a, bus -> node(state, bus)).orElseThrow();
      } else {
        b = nb.parent();
        nb = cache.computeIfAbsent(b, bus -> node(state, bus)).orElseThrow();
      }
    }
    return na.impedance();
  }
}
