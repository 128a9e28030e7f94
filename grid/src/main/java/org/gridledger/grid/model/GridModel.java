package org.gridledger.grid.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.GridModelException;

/**
 * The DSO's model of a network: buses, branches with their thermal ratings, the source (the
 * substation bus held at a fixed voltage, which balances the feeder), the base injections per bus
 * and the mapping of meters and charge points to buses. Immutable and validated on construction:
 * unknown buses, duplicate ids, ratings that are not positive and islands without the source are
 * refused with a {@link GridModelException} naming the element.
 *
 * @param name a name for reports
 * @param buses the buses, in a stable order that reports keep
 * @param branches the lines and transformers
 * @param sourceBus id of the source (slack) bus
 * @param sourceVoltagePu voltage set point of the source in per unit of its nominal voltage
 * @param baseInjections net injection per bus (generation positive) in the base case
 * @param devices meter or charge point id to bus id
 */
public record GridModel(
    String name,
    List<Bus> buses,
    List<Branch> branches,
    String sourceBus,
    double sourceVoltagePu,
    Map<String, Injection> baseInjections,
    Map<String, String> devices) {

  public GridModel {
    if (name == null || name.isBlank()) {
      throw new GridModelException("network without a name");
    }
    buses = List.copyOf(buses);
    branches = List.copyOf(branches);
    baseInjections = Collections.unmodifiableMap(new LinkedHashMap<>(baseInjections));
    devices = Collections.unmodifiableMap(new LinkedHashMap<>(devices));
    if (buses.isEmpty()) {
      throw new GridModelException("network " + name + " has no bus");
    }
    Map<String, Bus> byId = new HashMap<>();
    for (Bus b : buses) {
      if (byId.put(b.id(), b) != null) {
        throw new GridModelException("duplicate bus id " + b.id());
      }
    }
    Map<String, Branch> branchIds = new HashMap<>();
    for (Branch br : branches) {
      if (branchIds.put(br.id(), br) != null) {
        throw new GridModelException("duplicate branch id " + br.id());
      }
      requireBus(byId, br.fromBus(), br.kind() + " " + br.id());
      requireBus(byId, br.toBus(), br.kind() + " " + br.id());
      if (br instanceof Line
          && byId.get(br.fromBus()).nominalKv() != byId.get(br.toBus()).nominalKv()) {
        throw new GridModelException(
            "line "
                + br.id()
                + " joins buses of different nominal voltage: "
                + br.fromBus()
                + ", "
                + br.toBus());
      }
    }
    requireBus(byId, sourceBus, "source");
    if (!(sourceVoltagePu > 0.5 && sourceVoltagePu < 1.5)) {
      throw new GridModelException(
          "source voltage must be within 0.5..1.5 p.u., got " + sourceVoltagePu);
    }
    baseInjections.keySet().forEach(b -> requireBus(byId, b, "base injection"));
    devices.forEach((device, bus) -> requireBus(byId, bus, "device " + device));
    requireConnected(buses, branches, sourceBus);
  }

  private static void requireBus(Map<String, Bus> byId, String busId, String where) {
    if (busId == null || !byId.containsKey(busId)) {
      throw new GridModelException(where + ": unknown bus " + busId);
    }
  }

  private static void requireConnected(List<Bus> buses, List<Branch> branches, String source) {
    Map<String, List<String>> adjacent = new HashMap<>();
    for (Branch br : branches) {
      adjacent.computeIfAbsent(br.fromBus(), k -> new ArrayList<>()).add(br.toBus());
      adjacent.computeIfAbsent(br.toBus(), k -> new ArrayList<>()).add(br.fromBus());
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of(source));
    seen.add(source);
    while (!todo.isEmpty()) {
      for (String next : adjacent.getOrDefault(todo.pop(), List.of())) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    List<String> island = buses.stream().map(Bus::id).filter(id -> !seen.contains(id)).toList();
    if (!island.isEmpty()) {
      throw new GridModelException(
          "island without a source: bus(es) "
              + String.join(", ", island.subList(0, Math.min(10, island.size())))
              + (island.size() > 10 ? " and " + (island.size() - 10) + " more" : "")
              + " not connected to source bus "
              + source);
    }
  }

  /** The bus with this id, or a {@link GridModelException} naming it. */
  public Bus bus(String id) {
    return buses.stream()
        .filter(b -> b.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new GridModelException("unknown bus " + id + " in network " + name));
  }

  /** The bus a meter or charge point is connected to, or a {@link GridModelException}. */
  public String busOfDevice(String deviceId) {
    String bus = devices.get(deviceId);
    if (bus == null) {
      throw new GridModelException("unknown device " + deviceId + " in network " + name);
    }
    return bus;
  }

  /** Copy with other base injections. */
  public GridModel withBaseInjections(Map<String, Injection> injections) {
    return new GridModel(name, buses, branches, sourceBus, sourceVoltagePu, injections, devices);
  }
}
