package org.gridledger.sim.community;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridledger.grid.model.Bus;
import org.gridledger.grid.model.GridModel;
import org.gridledger.sim.scenario.HouseholdSpec;
import org.gridledger.sim.scenario.ScenarioException;

/**
 * Where each household connects, with its meter and charge point ids: the buses listed in the
 * scenario (each must be in the feeder); else the feeder's own house meters ({@code M-…}, with
 * charge points {@code CP-…}) in the network's order; else round robin over every bus but the
 * source.
 */
final class Placement {
  record Spot(String bus, String meterId, String chargePointId) {}

  private Placement() {}

  static List<Spot> of(HouseholdSpec spec, GridModel model, String source) {
    Set<String> buses = new HashSet<>();
    model.buses().forEach(b -> buses.add(b.id()));
    List<Spot> spots = new ArrayList<>(spec.count());
    if (!spec.buses().isEmpty()) {
      for (int i = 0; i < spec.buses().size(); i++) {
        String bus = spec.buses().get(i);
        if (!buses.contains(bus)) {
          throw new ScenarioException(
              source,
              "households.buses[" + i + "]",
              "bus " + bus + " is not in the feeder " + model.name());
        }
        spots.add(numbered(bus, i));
      }
      return spots;
    }
    for (Map.Entry<String, String> d : model.devices().entrySet()) {
      if (d.getKey().startsWith("M-") && spots.size() < spec.count()) {
        String house = d.getKey().substring(2);
        spots.add(new Spot(d.getValue(), d.getKey(), "CP-" + house));
      }
    }
    if (!spots.isEmpty()) {
      if (spots.size() < spec.count()) {
        throw new ScenarioException(
            source,
            "households.count",
            spec.count()
                + " households but the feeder "
                + model.name()
                + " has "
                + spots.size()
                + " houses (raise feeder.feeders or feeder.houses_per_feeder)");
      }
      return spots;
    }
    List<String> candidates =
        model.buses().stream().map(Bus::id).filter(b -> !b.equals(model.sourceBus())).toList();
    for (int i = 0; i < spec.count(); i++) {
      spots.add(numbered(candidates.get(i % candidates.size()), i));
    }
    return spots;
  }

  private static Spot numbered(String bus, int i) {
    String n = String.format("H%04d", i + 1);
    return new Spot(bus, "M-" + n, "CP-" + n);
  }
}
