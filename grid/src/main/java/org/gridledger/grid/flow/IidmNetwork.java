package org.gridledger.grid.flow;

import com.powsybl.iidm.network.Bus;
import com.powsybl.iidm.network.Generator;
import com.powsybl.iidm.network.Load;
import com.powsybl.iidm.network.Network;
import com.powsybl.iidm.network.Substation;
import com.powsybl.iidm.network.TopologyKind;
import com.powsybl.iidm.network.VoltageLevel;
import com.powsybl.iidm.network.extensions.SlackTerminal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.model.Branch;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Line;
import org.gridledger.grid.model.Transformer;

/**
 * The PowSyBl IIDM network built from a {@link GridModel}: one voltage level per nominal voltage,
 * one load per bus that carries the bus's net injection, and the source as a voltage-regulating
 * generator marked as the slack terminal. Keeps the IIDM objects in the model's order so that
 * results are read without lookups. Not thread-safe.
 */
final class IidmNetwork {
  final GridModel model;
  final Network network;
  final Bus[] buses;
  final Load[] loads;
  final com.powsybl.iidm.network.Branch<?>[] branches;
  final Generator source;

  IidmNetwork(GridModel model) {
    this.model = model;
    this.network = Network.create(model.name(), "gridledger");
    Substation substation = network.newSubstation().setId("substation").add();
    Map<Double, VoltageLevel> levels = new HashMap<>();
    List<org.gridledger.grid.model.Bus> modelBuses = model.buses();
    buses = new Bus[modelBuses.size()];
    loads = new Load[modelBuses.size()];
    Map<String, VoltageLevel> levelOfBus = new HashMap<>();
    for (int i = 0; i < buses.length; i++) {
      org.gridledger.grid.model.Bus b = modelBuses.get(i);
      VoltageLevel vl =
          levels.computeIfAbsent(
              b.nominalKv(),
              kv ->
                  substation
                      .newVoltageLevel()
                      .setId("vl-" + kv + "kV")
                      .setNominalV(kv)
                      .setTopologyKind(TopologyKind.BUS_BREAKER)
                      .add());
      levelOfBus.put(b.id(), vl);
      buses[i] = vl.getBusBreakerView().newBus().setId(busId(b.id())).add();
      buses[i].setV(b.nominalKv()).setAngle(0);
      loads[i] =
          vl.newLoad()
              .setId("load:" + b.id())
              .setBus(buses[i].getId())
              .setConnectableBus(buses[i].getId())
              .setP0(0)
              .setQ0(0)
              .add();
    }
    branches = new com.powsybl.iidm.network.Branch<?>[model.branches().size()];
    for (int k = 0; k < branches.length; k++) {
      Branch br = model.branches().get(k);
      VoltageLevel vl1 = levelOfBus.get(br.fromBus());
      VoltageLevel vl2 = levelOfBus.get(br.toBus());
      branches[k] =
          switch (br) {
            case Line l -> addLine(l, vl1, vl2);
            case Transformer t -> addTransformer(substation, t, vl1, vl2);
          };
    }
    VoltageLevel sourceLevel = levelOfBus.get(model.sourceBus());
    String sourceBusId = busId(model.sourceBus());
    source =
        sourceLevel
            .newGenerator()
            .setId("source")
            .setBus(sourceBusId)
            .setConnectableBus(sourceBusId)
            .setMinP(-1e4)
            .setMaxP(1e4)
            .setTargetP(0)
            .setTargetV(sourceLevel.getNominalV() * model.sourceVoltagePu())
            .setVoltageRegulatorOn(true)
            .add();
    SlackTerminal.attach(network.getBusBreakerView().getBus(sourceBusId));
  }

  static String busId(String modelBusId) {
    return "bus:" + modelBusId;
  }

  private com.powsybl.iidm.network.Branch<?> addLine(Line l, VoltageLevel vl1, VoltageLevel vl2) {
    double halfB = l.bMicroSiemens() * 1e-6 / 2;
    return network
        .newLine()
        .setId("branch:" + l.id())
        .setVoltageLevel1(vl1.getId())
        .setBus1(busId(l.fromBus()))
        .setConnectableBus1(busId(l.fromBus()))
        .setVoltageLevel2(vl2.getId())
        .setBus2(busId(l.toBus()))
        .setConnectableBus2(busId(l.toBus()))
        .setR(l.rOhm())
        .setX(l.xOhm())
        .setG1(0)
        .setB1(halfB)
        .setG2(0)
        .setB2(halfB)
        .add();
  }

  private static com.powsybl.iidm.network.Branch<?> addTransformer(
      Substation substation, Transformer t, VoltageLevel vl1, VoltageLevel vl2) {
    return substation
        .newTwoWindingsTransformer()
        .setId("branch:" + t.id())
        .setVoltageLevel1(vl1.getId())
        .setBus1(busId(t.fromBus()))
        .setConnectableBus1(busId(t.fromBus()))
        .setVoltageLevel2(vl2.getId())
        .setBus2(busId(t.toBus()))
        .setConnectableBus2(busId(t.toBus()))
        .setRatedU1(vl1.getNominalV())
        .setRatedU2(vl2.getNominalV() * t.ratio())
        .setRatedS(t.ratedKva() / 1000)
        .setR(t.rOhm())
        .setX(t.xOhm())
        .setG(0)
        .setB(0)
        .add();
  }
}
