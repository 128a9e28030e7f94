package org.gridledger.bench.market;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.fee.NetworkTariff;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.LvFeederGenerator;
import org.gridledger.grid.model.LvFeederSpec;
import org.gridledger.grid.service.GridService;
import org.gridledger.grid.service.IntervalSchedule;
import org.gridledger.ledger.chain.Chain;
import org.gridledger.ledger.chain.Genesis;
import org.gridledger.ledger.chain.Proposal;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.ledger.exec.RuleBook;
import org.gridledger.ledger.exec.TransactionExecutor;
import org.gridledger.ledger.store.ChainStore;
import org.gridledger.ledger.tx.ClearInterval;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.DeviceType;
import org.gridledger.ledger.tx.GridVerdict;
import org.gridledger.ledger.tx.MeterEnergy;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.PlaceOrder;
import org.gridledger.ledger.tx.RegisterDevice;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.SettleInterval;
import org.gridledger.ledger.tx.TradeVerdict;
import org.gridledger.ledger.tx.Transaction;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;
import org.gridledger.market.ledger.MarketLedger;
import org.gridledger.market.ledger.MarketState;
import org.gridledger.market.ledger.TradeRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One whole market interval for 1,000 households on a generated 1,000-house LV network: their
 * signed orders admitted (every signature verified) and executed into a block, the clearing at gate
 * closure, the DSO's verdict from an AC power flow of the feeder with the trades, and the
 * settlement of all 1,000 meters, each step a block persisted in RocksDB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MarketIntervalBenchmark {
  static final int HOMES = 1_000;
  static final long GENESIS = 1_767_225_600_000L;
  static final long INTERVAL = 15 * 60_000L;

  Path dir;
  ChainStore store;
  Chain chain;
  KeyPair dso;
  long dsoNonce;
  GridService grid;
  final List<KeyPair> homes = new ArrayList<>();
  final List<String> meters = new ArrayList<>();
  final Map<String, String> busOf = new HashMap<>();
  final long[] nonces = new long[HOMES];
  Random random = new Random(5);
  long start = GENESIS + 4 * 3_600_000L;
  long time = GENESIS;
  List<Transaction> orders;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("gl-interval");
    dso = KeyPair.fromSeed(random);
    store = ChainStore.open(dir, false);
    chain =
        Chain.found(
            store,
            Genesis.of("bench", GENESIS, dso.publicKey()),
            new TransactionExecutor("bench", MarketLedger.install(RuleBook.core())));
    GridModel model = LvFeederGenerator.generate(LvFeederSpec.defaults().withSize(10, 100));
    grid = new GridService(model, Limits.en50160(), NetworkTariff.defaults());
    List<String> devices =
        model.devices().keySet().stream()
            .filter(d -> d.startsWith("M-"))
            .sorted()
            .limit(HOMES)
            .toList();
    List<Transaction> setup = new ArrayList<>();
    for (int i = 0; i < HOMES; i++) {
      KeyPair home = KeyPair.fromSeed(random);
      homes.add(home);
      String meter = devices.get(i);
      meters.add(meter);
      busOf.put(meter, model.devices().get(meter));
      setup.add(dso(new RegisterParticipant(home.publicKey(), "home " + i, Set.of(Role.PROSUMER))));
      setup.add(
          dso(
              new RegisterDevice(
                  meter,
                  KeyPair.fromSeed(random).publicKey(),
                  DeviceType.METER,
                  home.publicKey(),
                  busOf.get(meter))));
      setup.add(
          dso(
              new Deposit(
                  home.publicKey(),
                  org.gridledger.ledger.units.Money.micros(1_000_000_000_000L),
                  "bench")));
    }
    time = GENESIS + 1000;
    commit(setup);
    meters.sort(String::compareTo);
  }

  private Transaction dso(Payload payload) {
    return Transaction.sign(dso, "bench", dsoNonce++, payload);
  }

  private Proposal commit(List<Transaction> txs) {
    Proposal p = chain.propose(txs, time, dso, List.of(), true);
    if (!p.rejected().isEmpty()) {
      throw new IllegalStateException(p.rejected().get(0).refusal().toString());
    }
    chain.commit(p);
    return p;
  }

  /** A fresh interval's orders: each home buys or sells 100 to 2,000 Wh at a random limit. */
  @Setup(Level.Invocation)
  public void signOrders() {
    start += 4 * INTERVAL;
    orders = new ArrayList<>(HOMES);
    for (int i = 0; i < HOMES; i++) {
      OrderSide side = i % 2 == 0 ? OrderSide.BUY : OrderSide.SELL;
      orders.add(
          Transaction.sign(
              homes.get(i),
              "bench",
              nonces[i]++,
              new PlaceOrder(
                  start,
                  side,
                  Energy.wh(100 + random.nextInt(1900)),
                  Price.microsPerKwh(80_000 + random.nextInt(220_000)),
                  meters.get(i))));
    }
  }

  @Benchmark
  public int wholeInterval() {
    time = start - 30 * 60_000;
    commit(orders);
    time = start - 4 * 60_000;
    commit(List.of(dso(new ClearInterval(start))));
    List<TradeRecord> trades = MarketState.trades(store, start);
    time = start - 3 * 60_000;
    commit(List.of(dso(verdict(trades))));
    List<MeterEnergy> energies = new ArrayList<>(HOMES);
    for (String meter : meters) {
      energies.add(
          new MeterEnergy(
              meter, Energy.wh(random.nextInt(2000)), Energy.wh(random.nextInt(2000)), false));
    }
    time = start + INTERVAL + 60_000;
    commit(List.of(dso(new SettleInterval(start, energies))));
    return trades.size();
  }

  private GridVerdict verdict(List<TradeRecord> trades) {
    List<org.gridledger.grid.service.Trade> schedule = new ArrayList<>();
    for (TradeRecord t : trades) {
      schedule.add(
          new org.gridledger.grid.service.Trade(
              String.valueOf(t.index()), t.sellerBus(), t.buyerBus(), t.energyWh()));
    }
    var result = grid.verdict(IntervalSchedule.onModelBase(15, schedule));
    Map<String, Long> cuts = new HashMap<>();
    if (result instanceof org.gridledger.grid.service.GridVerdict.Curtail c) {
      c.curtailments().forEach(x -> cuts.put(x.tradeId(), x.curtailedWh()));
    }
    List<TradeVerdict> verdicts = new ArrayList<>();
    for (TradeRecord t : trades) {
      long cut = Math.min(t.energyWh(), cuts.getOrDefault(String.valueOf(t.index()), 0L));
      verdicts.add(
          new TradeVerdict(
              t.index(),
              Energy.wh(cut),
              Price.microsPerKwh(
                  Math.min(40_000, grid.networkFeeMicroPerKwh(t.sellerBus(), t.buyerBus()))),
              cut > 0 ? "grid limit" : ""));
    }
    return new GridVerdict(start, verdicts);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    store.close();
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
