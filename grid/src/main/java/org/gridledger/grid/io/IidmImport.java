package org.gridledger.grid.io;

import com.powsybl.iidm.network.ApparentPowerLimits;
import com.powsybl.iidm.network.Bus;
import com.powsybl.iidm.network.CurrentLimits;
import com.powsybl.iidm.network.Generator;
import com.powsybl.iidm.network.Load;
import com.powsybl.iidm.network.Network;
import com.powsybl.iidm.network.Terminal;
import com.powsybl.iidm.network.TwoWindingsTransformer;
import com.powsybl.iidm.network.extensions.SlackTerminal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.model.Branch;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.Line;
import org.gridledger.grid.model.Transformer;

/**
 * Converts a PowSyBl network produced by one of PowSyBl's importers into a {@link GridModel}. Bus
 * ids lose the importer's prefix ("BUS-12" and "B12" become "12"). The source is the slack
 * terminal's bus, else the bus of the largest generator; other generators become fixed injections
 * (their target P and Q). Ratings come from current limits, else from apparent power limits or the
 * transformer's rated power; a branch without any stays unrated. Shunts are not modelled.
 */
final class IidmImport {
  private IidmImport() {}

  static GridModel toModel(Network network, String name) {
    List<org.gridledger.grid.model.Bus> buses = new ArrayList<>();
    Map<String, String> ids = new LinkedHashMap<>();
    for (Bus b : network.getBusBreakerView().getBuses()) {
      String id = shortId(b.getId());
      if (ids.containsValue(id)) {
        id = b.getId();
      }
      ids.put(b.getId(), id);
      buses.add(new org.gridledger.grid.model.Bus(id, b.getVoltageLevel().getNominalV()));
    }
    List<Branch> branches = new ArrayList<>();
    for (com.powsybl.iidm.network.Line l : network.getLines()) {
      if (!connected(l.getTerminal1()) || !connected(l.getTerminal2())) {
        continue;
      }
      double kv = l.getTerminal1().getVoltageLevel().getNominalV();
      double b = (l.getB1() + l.getB2()) * 1e6;
      branches.add(
          new Line(
              l.getId(),
              bus(ids, l.getTerminal1()),
              bus(ids, l.getTerminal2()),
              l.getR(),
              l.getX(),
              b,
              lineRating(
                  l.getCurrentLimits1().orElse(null),
                  l.getApparentPowerLimits1().orElse(null),
                  kv)));
    }
    for (TwoWindingsTransformer t : network.getTwoWindingsTransformers()) {
      if (!connected(t.getTerminal1()) || !connected(t.getTerminal2())) {
        continue;
      }
      double nom1 = t.getTerminal1().getVoltageLevel().getNominalV();
      double nom2 = t.getTerminal2().getVoltageLevel().getNominalV();
      double rho = t.getRatedU2() / t.getRatedU1() * nom1 / nom2;
      if (t.getRatioTapChanger() != null) {
        rho *= t.getRatioTapChanger().getCurrentStep().getRho();
      }
      branches.add(
          new Transformer(
              t.getId(),
              bus(ids, t.getTerminal1()),
              bus(ids, t.getTerminal2()),
              t.getR(),
              t.getX(),
              transformerKva(t, nom2),
              rho));
    }
    Bus source = sourceBus(network);
    Map<String, Injection> injections = new LinkedHashMap<>();
    for (Load load : network.getLoads()) {
      if (connected(load.getTerminal())) {
        injections.merge(
            bus(ids, load.getTerminal()),
            Injection.load(load.getP0() * 1e6, load.getQ0() * 1e6),
            Injection::plus);
      }
    }
    double sourceV = 1.0;
    for (Generator g : network.getGenerators()) {
      if (!connected(g.getTerminal())) {
        continue;
      }
      if (g.getTerminal().getBusBreakerView().getBus() == source) {
        if (g.isVoltageRegulatorOn()) {
          sourceV = g.getTargetV() / source.getVoltageLevel().getNominalV();
        }
        continue;
      }
      double q = Double.isNaN(g.getTargetQ()) ? 0 : g.getTargetQ();
      injections.merge(
          bus(ids, g.getTerminal()), new Injection(g.getTargetP() * 1e6, q * 1e6), Injection::plus);
    }
    return new GridModel(
        name, buses, branches, ids.get(source.getId()), sourceV, injections, Map.of());
  }

  private static boolean connected(Terminal t) {
    return t.getBusBreakerView().getBus() != null;
  }

  private static String bus(Map<String, String> ids, Terminal t) {
    return ids.get(t.getBusBreakerView().getBus().getId());
  }

  static String shortId(String iidmId) {
    String s = iidmId.replaceFirst("^(BUS-|BUS_|B)(?=\\d+$)", "");
    return s.isEmpty() ? iidmId : s;
  }

  private static double lineRating(CurrentLimits current, ApparentPowerLimits apparent, double kv) {
    if (current != null
        && current.getPermanentLimit() > 0
        && Double.isFinite(current.getPermanentLimit())) {
      return current.getPermanentLimit();
    }
    if (apparent != null
        && apparent.getPermanentLimit() > 0
        && Double.isFinite(apparent.getPermanentLimit())) {
      return apparent.getPermanentLimit() * 1000 / (Math.sqrt(3) * kv);
    }
    return Double.POSITIVE_INFINITY;
  }

  private static double transformerKva(TwoWindingsTransformer t, double nom2) {
    if (t.getRatedS() > 0 && Double.isFinite(t.getRatedS())) {
      return t.getRatedS() * 1000;
    }
    ApparentPowerLimits s =
        t.getApparentPowerLimits2().orElse(t.getApparentPowerLimits1().orElse(null));
    if (s != null && s.getPermanentLimit() > 0 && Double.isFinite(s.getPermanentLimit())) {
      return s.getPermanentLimit() * 1000;
    }
    CurrentLimits i = t.getCurrentLimits2().orElse(null);
    if (i != null && i.getPermanentLimit() > 0 && Double.isFinite(i.getPermanentLimit())) {
      return i.getPermanentLimit() * Math.sqrt(3) * nom2;
    }
    return Double.POSITIVE_INFINITY;
  }

  private static Bus sourceBus(Network network) {
    for (com.powsybl.iidm.network.VoltageLevel vl : network.getVoltageLevels()) {
      SlackTerminal slack = vl.getExtension(SlackTerminal.class);
      if (slack != null && slack.getTerminal() != null && connected(slack.getTerminal())) {
        return slack.getTerminal().getBusBreakerView().getBus();
      }
    }
    Optional<Generator> largest =
        network
            .getGeneratorStream()
            .filter(g -> connected(g.getTerminal()))
            .max(Comparator.comparingDouble(Generator::getMaxP).thenComparing(Generator::getId));
    return largest
        .map(g -> g.getTerminal().getBusBreakerView().getBus())
        .orElseThrow(
            () ->
                new GridModelException(
                    "network " + network.getId() + " has no generator to act as source"));
  }
}
