package org.gridledger.sim.run;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.DeviceType;
import org.gridledger.ledger.tx.MarketParams;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.tx.RegisterDevice;
import org.gridledger.ledger.tx.RegisterMeter;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.SetMarketRules;
import org.gridledger.ledger.units.Money;
import org.gridledger.ledger.units.Price;
import org.gridledger.sim.community.Community;
import org.gridledger.sim.community.Household;
import org.gridledger.sim.scenario.MarketSpec;

/**
 * The DSO sets the scenario's market rules and enrols the community: each household as a
 * participant with an opening deposit, its connection-point meter and, with an EV, its private
 * charge point. Keys are drawn from the seed, so a run replays exactly.
 */
final class Enrolment {
  /** What each household starts with, µ (10,000 currency units). */
  static final long DEPOSIT = 10_000_000_000L;

  record Keys(KeyPair owner, KeyPair meter, KeyPair chargePoint) {}

  private Enrolment() {}

  static MarketParams params(MarketSpec m, int intervalMinutes) {
    int gate = intervalMinutes >= 15 ? 5 : 2;
    long maxPrice = Math.max(2_000_000, m.importPerKwh());
    return new MarketParams(
        intervalMinutes,
        gate,
        24,
        m.payAsBid(),
        Price.microsPerKwh(m.importPerKwh()),
        Price.microsPerKwh(m.feedInPerKwh()),
        Price.microsPerKwh(m.maxNetworkFeePerKwh()),
        Price.microsPerKwh(0),
        Price.microsPerKwh(maxPrice),
        1_000_000,
        true);
  }

  static List<Keys> enrol(SimNode node, Community community, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x6B65_7973L);
    node.submit(
        node.dso(),
        new SetMarketRules(
            params(community.scenario().market(), community.scenario().intervalMinutes())));
    List<Keys> keys = new ArrayList<>();
    for (Household h : community.households()) {
      Keys k =
          new Keys(
              KeyPair.fromSeed(random),
              KeyPair.fromSeed(random),
              h.hasEv() ? KeyPair.fromSeed(random) : null);
      keys.add(k);
      Set<Role> roles = EnumSet.of(h.pvKwp() > 0 ? Role.PROSUMER : Role.CONSUMER);
      if (h.hasEv()) {
        roles.add(Role.EV_DRIVER);
        roles.add(Role.CHARGE_POINT_OWNER);
      }
      node.submit(node.dso(), new RegisterParticipant(k.owner().publicKey(), h.name(), roles));
      node.submit(
          node.dso(), new Deposit(k.owner().publicKey(), Money.micros(DEPOSIT), "sim opening"));
      node.submit(
          node.dso(),
          new RegisterMeter(
              h.meterId(),
              k.meter().publicKey(),
              k.owner().publicKey(),
              h.bus(),
              MeterKind.HOUSEHOLD,
              feederOf(h.bus())));
      if (h.hasEv()) {
        node.submit(
            node.dso(),
            new RegisterDevice(
                h.chargePointId(),
                k.chargePoint().publicKey(),
                DeviceType.CHARGE_POINT,
                k.owner().publicKey(),
                h.bus()));
      }
    }
    node.awaitCommitted();
    return keys;
  }

  private static String feederOf(String bus) {
    int dash = bus.indexOf('-');
    return bus.startsWith("F") && dash > 1 ? bus.substring(0, dash) : "F1";
  }
}
