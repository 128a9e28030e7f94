package org.gridledger.grid.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates a low-voltage network from an {@link LvFeederSpec}. Bus "MV" is the source (held at 1.0
 * p.u.), transformer "T1" feeds busbar "LV"; feeder f (1-based) runs through houses "F{f}-{h}" (h =
 * 1 .. housesPerFeeder, h = 1 nearest the busbar) over cable sections "C{f}-{h}". House "F{f}-{h}"
 * carries meter "M-F{f}-{h}" and charge point "CP-F{f}-{h}".
 */
public final class LvFeederGenerator {
  private LvFeederGenerator() {}

  public static GridModel generate(LvFeederSpec spec) {
    List<Bus> buses = new ArrayList<>();
    List<Branch> branches = new ArrayList<>();
    Map<String, Injection> loads = new LinkedHashMap<>();
    Map<String, String> devices = new LinkedHashMap<>();
    buses.add(new Bus("MV", spec.mvKv()));
    buses.add(new Bus("LV", spec.lvKv()));
    branches.add(
        Transformer.fromNameplate(
            "T1",
            "MV",
            "LV",
            spec.lvKv(),
            spec.transformerKva(),
            spec.ukPercent(),
            spec.copperLossKw()));
    double sectionKm = spec.feederLengthM() / spec.housesPerFeeder() / 1000;
    CableType cable = spec.cable();
    for (int f = 1; f <= spec.feeders(); f++) {
      String previous = "LV";
      for (int h = 1; h <= spec.housesPerFeeder(); h++) {
        String bus = "F" + f + "-" + h;
        buses.add(new Bus(bus, spec.lvKv()));
        branches.add(
            new Line(
                "C" + f + "-" + h,
                previous,
                bus,
                cable.rOhmPerKm() * sectionKm,
                cable.xOhmPerKm() * sectionKm,
                cable.ratingA()));
        if (spec.houseLoadW() > 0 || spec.houseLoadVar() != 0) {
          loads.put(bus, Injection.load(spec.houseLoadW(), spec.houseLoadVar()));
        }
        devices.put("M-" + bus, bus);
        devices.put("CP-" + bus, bus);
        previous = bus;
      }
    }
    String name =
        "lv-"
            + (int) spec.transformerKva()
            + "kva-"
            + spec.feeders()
            + "x"
            + spec.housesPerFeeder();
    return new GridModel(name, buses, branches, "MV", 1.0, loads, devices);
  }
}
