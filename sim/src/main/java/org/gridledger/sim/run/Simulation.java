package org.gridledger.sim.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.tx.PlaceOrder;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;
import org.gridledger.market.agents.Home;
import org.gridledger.market.agents.OrderIntent;
import org.gridledger.market.agents.PriceTakerAgent;
import org.gridledger.market.agents.Tariff;
import org.gridledger.market.agents.TradingAgent;
import org.gridledger.market.agents.ZicAgent;
import org.gridledger.market.interval.MarketInterval;
import org.gridledger.market.ledger.IntervalRecord;
import org.gridledger.market.ledger.MarketState;
import org.gridledger.market.ledger.TradeRecord;
import org.gridledger.market.order.Side;
import org.gridledger.metering.reading.Reading;
import org.gridledger.sim.community.Community;
import org.gridledger.sim.community.Household;
import org.gridledger.sim.scenario.Scenario;

/**
 * Drives a real node through the scenario's days on the simulated clock. For each interval, ahead
 * of delivery: every household's agent orders what its forecast (perfect foresight) leaves after
 * its battery; at gate closure the DSO's operator clears the book, then asks the grid service for a
 * verdict; sellers curtailed by it curtail their PV. After delivery each meter signs its registers
 * and the operator settles on them. The physics of every interval is checked by AC power flows with
 * and without the DSO's curtailments and EV steering. Single-threaded and deterministic: the same
 * scenario and seed give the same ledger state and the same figures.
 */
public final class Simulation {
  private static final long MINUTE = 60_000L;
  private final Scenario scenario;
  private final Community community;
  private final SimNode node;
  private final List<Enrolment.Keys> keys;
  private final TradingAgent agent;
  private final Tariff tariff;
  private final Flows flows;
  private final SplittableRandom agentRandom;
  private final long[] soc;
  private final long[] importRegister;
  private final long[] exportRegister;
  private final List<HouseholdTotals> totals = new ArrayList<>();
  private final List<IntervalRow> rows = new ArrayList<>();
  private final java.util.Map<Integer, long[][]> registersAfter = new java.util.HashMap<>();
  private final long gateMillis;
  private long sequence;
  private final long[] phases = new long[4];

  private Simulation(Community community, SimNode node, List<Enrolment.Keys> keys) {
    this.scenario = community.scenario();
    this.community = community;
    this.node = node;
    this.keys = keys;
    this.agent = scenario.market().agent().equals("zic") ? new ZicAgent() : new PriceTakerAgent();
    this.tariff = new Tariff(scenario.market().importPerKwh(), scenario.market().feedInPerKwh());
    this.flows =
        new Flows(
            community.model(),
            community.households(),
            scenario.feeder().generated(),
            scenario.intervalMinutes());
    this.agentRandom = new SplittableRandom(scenario.seed() ^ 0xA6E47L);
    int n = community.households().size();
    this.soc = new long[n];
    this.importRegister = new long[n];
    this.exportRegister = new long[n];
    for (int h = 0; h < n; h++) {
      totals.add(new HouseholdTotals());
      soc[h] = community.households().get(h).batteryWh() / 2;
    }
    this.gateMillis =
        Enrolment.params(scenario.market(), scenario.intervalMinutes()).gateClosureMinutes()
            * MINUTE;
  }

  /**
   * Runs {@code community} on a new node in {@code dataDirectory} whose network is {@code network}
   * (the same model as the community's), its API on {@code port} (0: any free one), reporting
   * progress to {@code listener}, which may also pace the run.
   */
  public static SimulationResult run(
      Community community,
      String network,
      Path dataDirectory,
      int port,
      ProgressListener listener) {
    Scenario s = community.scenario();
    long interval = s.intervalMillis();
    SimClock clock = new SimClock(s.startInstant().minusMillis(2 * interval));
    long wallStart = System.nanoTime();
    try (SimNode node = SimNode.start(dataDirectory, network, port, s.seed(), clock)) {
      List<Enrolment.Keys> keys = Enrolment.enrol(node, community, s.seed());
      Simulation sim = new Simulation(community, node, keys);
      listener.started(node.node().port());
      sim.runAll(listener);
      long wallNanos = System.nanoTime() - wallStart;
      org.slf4j.LoggerFactory.getLogger(Simulation.class)
          .debug(
              "phases (s): readings and settlement {}, orders {}, clearing and verdict {},"
                  + " physics {}",
              sim.phases[0] / 1e9,
              sim.phases[1] / 1e9,
              sim.phases[2] / 1e9,
              sim.phases[3] / 1e9);
      return LedgerFigures.collect(
          community, node, keys, sim.rows, sim.totals, Enrolment.DEPOSIT, wallNanos);
    }
  }

  private void runAll(ProgressListener listener) {
    int n = scenario.intervals();
    long length = scenario.intervalMillis();
    long start = scenario.startInstant().toEpochMilli();
    for (int k = 0; k < n; k++) {
      long s = start + k * length;
      long t0 = System.nanoTime();
      node.clock().set(Math.max(s - length, node.clock().millis()));
      long ticket = ingestReadings(s - length);
      long t1 = System.nanoTime();
      placeOrders(k, s);
      node.awaitAnchored(ticket);
      long t2 = System.nanoTime();
      IntervalRecord cleared = clearAndJudge(s, k - 2);
      long t3 = System.nanoTime();
      rows.add(deliver(k, s, cleared));
      long t4 = System.nanoTime();
      phases[0] += t1 - t0;
      phases[1] += t2 - t1;
      phases[2] += t3 - t2;
      phases[3] += t4 - t3;
      listener.progress(k + 1, n);
    }
    for (long at = start + (n - 1) * length; at <= start + n * length; at += length) {
      node.clock().set(Math.max(at, node.clock().millis()));
      node.awaitAnchored(ingestReadings(at));
      int settle = (int) ((at - start) / length) - 1;
      if (settle >= 0) {
        node.tickUntil(at, start + settle * length, IntervalRecord.Stage.SETTLED);
      }
    }
  }

  /** At {@code at}: the meters sign their registers; returns the ticket to await (0: none). */
  private long ingestReadings(long at) {
    if (at < scenario.startInstant().toEpochMilli()) {
      return 0;
    }
    int before = (int) ((at - scenario.startInstant().toEpochMilli()) / scenario.intervalMillis());
    long[][] registers = registersAfter.remove(before - 1);
    long[] imports = registers == null ? new long[keys.size()] : registers[0];
    long[] exports = registers == null ? new long[keys.size()] : registers[1];
    List<byte[]> readings = new ArrayList<>(keys.size());
    long seq = sequence++;
    for (Household h : community.households()) {
      int i = h.index();
      readings.add(
          Reading.of(h.meterId(), seq, at, imports[i], exports[i])
              .sign(keys.get(i).meter())
              .encode());
    }
    return node.ingestAsync(readings);
  }

  private void placeOrders(int k, long s) {
    long length = scenario.intervalMillis();
    MarketInterval interval =
        new MarketInterval(
            Math.floorDiv(s, length),
            Instant.ofEpochMilli(s),
            Instant.ofEpochMilli(s + length),
            Instant.ofEpochMilli(s - gateMillis),
            Instant.ofEpochMilli(s - 24 * 3_600_000L));
    for (Household h : community.households()) {
      Home home = home(h, k);
      for (OrderIntent intent : agent.intents(home, interval, tariff, agentRandom)) {
        node.submit(
            keys.get(h.index()).owner(),
            new PlaceOrder(
                s,
                intent.side() == Side.BUY ? OrderSide.BUY : OrderSide.SELL,
                Energy.wh(intent.energyWh()),
                Price.microsPerKwh(intent.limitPricePerKwh()),
                h.meterId()));
      }
    }
    node.awaitCommitted();
  }

  private Home home(Household h, int k) {
    int i = h.index();
    return new Home(
        h.meterId(),
        community.load(i, k),
        community.pv()[i][k],
        soc[i],
        h.batteryWh(),
        h.batteryW());
  }

  /**
   * At gate closure the operator clears interval {@code s} and settles interval {@code settle}
   * (delivered, its readings in) in the same tick; a minute later it judges the cleared trades.
   */
  private IntervalRecord clearAndJudge(long s, int settle) {
    long gate = s - gateMillis;
    if (settle >= 0) {
      long settleStart =
          scenario.startInstant().toEpochMilli() + settle * scenario.intervalMillis();
      node.tickUntil(gate, settleStart, IntervalRecord.Stage.SETTLED);
    }
    IntervalRecord record = MarketState.interval(node.store(), s);
    if (record.orders() == 0) {
      return record;
    }
    node.tickUntil(gate, s, IntervalRecord.Stage.CLEARED);
    return node.tickUntil(gate + MINUTE, s, IntervalRecord.Stage.FIRM);
  }

  private IntervalRow deliver(int k, long s, IntervalRecord record) {
    List<TradeRecord> trades =
        record.trades() == 0 ? List.of() : MarketState.trades(node.store(), s);
    int n = community.households().size();
    long[] curtail = new long[n];
    long traded = 0;
    long curtailedTotal = 0;
    java.util.Map<String, Integer> byMeter = new java.util.HashMap<>();
    community.households().forEach(h -> byMeter.put(h.meterId(), h.index()));
    for (TradeRecord t : trades) {
      traded += t.firmWh();
      Integer seller = byMeter.get(t.sellerMeter());
      if (seller != null) {
        curtail[seller] += t.curtailedWh();
      }
    }
    long[] net = new long[n];
    long[] netFree = new long[n];
    long[] netUnsteered = new long[n];
    long load = 0;
    long pv = 0;
    long ev = 0;
    long dr = 0;
    long imp = 0;
    long exp = 0;
    boolean steeringDiffers = false;
    for (Household h : community.households()) {
      int i = h.index();
      Home home = home(h, k);
      long residual = home.residualAfterSelfConsumptionWh(scenario.intervalMillis());
      long netWh = home.netWh();
      soc[i] += netWh >= 0 ? netWh - Math.max(residual, 0) : netWh - Math.min(residual, 0);
      long cut = residual > 0 ? Math.min(residual, curtail[i]) : 0;
      long export = Math.max(residual, 0) - cut;
      long importWh = Math.max(-residual, 0);
      importRegister[i] += importWh;
      exportRegister[i] += export;
      net[i] = export - importWh;
      netFree[i] = residual;
      long evDelta = community.evUncontrolled()[i][k] - community.ev(i, k);
      netUnsteered[i] = net[i] - evDelta;
      steeringDiffers |= evDelta != 0;
      HouseholdTotals t = totals.get(i);
      t.importWh += importWh;
      t.exportWh += export;
      t.loadWh += home.loadWh();
      t.pvWh += home.pvWh() - cut;
      t.evWh += community.ev(i, k);
      t.drWh += community.drCut()[i][k];
      t.curtailedWh += cut;
      t.tariffImportWh += Math.max(-residual, 0);
      t.tariffExportWh += Math.max(residual, 0);
      load += home.loadWh();
      pv += home.pvWh() - cut;
      ev += community.ev(i, k);
      dr += community.drCut()[i][k];
      imp += importWh;
      exp += export;
      curtailedTotal += cut;
    }
    registersAfter.put(k, new long[][] {importRegister.clone(), exportRegister.clone()});
    Flows.Stats main = flows.run(net);
    Flows.Stats free = curtailedTotal == 0 ? main : flows.run(netFree);
    Flows.Stats unsteered = steeringDiffers ? flows.run(netUnsteered) : main;
    long community = imp - exp;
    return new IntervalRow(
        s,
        load,
        pv,
        ev,
        dr,
        Math.max(community, 0),
        Math.max(-community, 0),
        traded,
        curtailedTotal,
        record.clearingPrice(),
        main.transformerPct(),
        main.minV(),
        main.maxV(),
        main.violations(),
        free.transformerPct(),
        free.violations(),
        unsteered.transformerPct(),
        unsteered.violations());
  }
}
