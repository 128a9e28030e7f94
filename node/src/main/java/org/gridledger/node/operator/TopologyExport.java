package org.gridledger.node.operator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridledger.grid.model.Branch;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Line;
import org.gridledger.grid.model.Transformer;
import org.gridledger.ledger.tx.BusLink;
import org.gridledger.ledger.tx.SetGridTopology;

/**
 * The DSO's network model as the tree the market measures electrical distance on: from the source
 * bus outwards, each bus with its parent and the resistance of the branch between them in milliohms
 * (a transformer's referred to its side 2). Meshed parts keep their first-found tree.
 */
public final class TopologyExport {
  private TopologyExport() {}

  public static SetGridTopology of(GridModel model) {
    Map<String, List<Branch>> byBus = new HashMap<>();
    for (Branch b : model.branches()) {
      byBus.computeIfAbsent(b.fromBus(), k -> new ArrayList<>()).add(b);
      byBus.computeIfAbsent(b.toBus(), k -> new ArrayList<>()).add(b);
    }
    List<BusLink> links = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(model.sourceBus());
    seen.add(model.sourceBus());
    links.add(new BusLink(model.sourceBus(), "", 0));
    while (!queue.isEmpty()) {
      String bus = queue.poll();
      for (Branch b : byBus.getOrDefault(bus, List.of())) {
        String other = b.fromBus().equals(bus) ? b.toBus() : b.fromBus();
        if (seen.add(other)) {
          links.add(new BusLink(other, bus, Math.max(1, Math.round(resistance(b) * 1000))));
          queue.add(other);
        }
      }
    }
    return new SetGridTopology(links);
  }

  private static double resistance(Branch b) {
    return switch (b) {
      case Line l -> l.rOhm();
      case Transformer t -> t.rOhm();
    };
  }
}
