package org.gridledger.bench.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.gridledger.grid.check.CheckResult;
import org.gridledger.grid.check.ConstraintCheck;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.flow.FlowOptions;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.CableType;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Ieee33Feeder;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.LvFeederGenerator;
import org.gridledger.grid.model.LvFeederSpec;
import org.gridledger.grid.screening.ScreeningResult;
import org.gridledger.grid.screening.Sensitivities;
import org.gridledger.grid.screening.TradeIndex;
import org.gridledger.grid.screening.TradeScreening;
import org.gridledger.grid.service.Trade;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The grid kernels: a full AC check (OpenLoadFlow power flow, results read back, limits checked) of
 * the IEEE 33-bus case and of a generated 1,002-bus LV network, and the linear screening of 10,000
 * candidate trades on that network. Each AC check changes every injection slightly so that no
 * cached result is reused.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GridBenchmarks {

  /** flat: flat start and no network cache (every check independent); fast: warm start + cache. */
  @Param({"flat", "fast"})
  public String mode;

  private final ConstraintCheck check = new ConstraintCheck(Limits.en50160());
  private AcPowerFlow ieee33;
  private double[] p33;
  private double[] q33;
  private AcPowerFlow lv;
  private double[] pLv;
  private double[] qLv;
  private TradeScreening screening;
  private TradeIndex trades;
  private int tick;

  static GridModel bigFeeder() {
    return LvFeederGenerator.generate(
        LvFeederSpec.defaults()
            .withSize(10, 100)
            .withTransformerKva(1000)
            .withCable(CableType.NAYY_4X240, 500)
            .withHouseLoad(500, 164));
  }

  @Setup(Level.Trial)
  public void setUp() {
    FlowOptions options = mode.equals("fast") ? FlowOptions.fast() : FlowOptions.defaults();
    GridModel m33 = Ieee33Feeder.create();
    ieee33 = new AcPowerFlow(m33, options);
    p33 = new double[33];
    q33 = new double[33];
    m33.baseInjections()
        .forEach(
            (bus, inj) -> {
              p33[ieee33.busIndex(bus)] = inj.pW();
              q33[ieee33.busIndex(bus)] = inj.qVar();
            });
    GridModel big = bigFeeder();
    lv = new AcPowerFlow(big, options);
    pLv = new double[big.buses().size()];
    qLv = new double[big.buses().size()];
    big.baseInjections()
        .forEach(
            (bus, inj) -> {
              pLv[lv.busIndex(bus)] = inj.pW();
              qLv[lv.busIndex(bus)] = inj.qVar();
            });
    FlowResult base = lv.run(pLv, qLv);
    screening = new TradeScreening(big, Limits.en50160(), base, Sensitivities.at(big, base));
    Random random = new Random(7);
    List<Trade> list = new ArrayList<>();
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < big.buses().size(); i++) {
      index.put(big.buses().get(i).id(), i);
    }
    for (int i = 0; i < 10_000; i++) {
      String seller = "F" + (1 + random.nextInt(10)) + "-" + (1 + random.nextInt(100));
      String buyer = "F" + (1 + random.nextInt(10)) + "-" + (1 + random.nextInt(100));
      if (seller.equals(buyer)) {
        buyer = "LV";
      }
      list.add(new Trade("t" + i, seller, buyer, 1 + random.nextInt(200)));
    }
    trades = TradeIndex.of(list, index, 15);
  }

  private static void wiggle(double[] p, int tick) {
    double f = 1 + 0.001 * (tick % 7);
    for (int i = 0; i < p.length; i++) {
      p[i] = p[i] == 0 ? 0 : p[i] / (1 + 0.001 * ((tick - 1) % 7)) * f;
    }
  }

  @Benchmark
  public CheckResult acCheckIeee33() {
    wiggle(p33, ++tick);
    return check.check(ieee33.run(p33, q33));
  }

  @Benchmark
  public CheckResult acCheckLv1002Buses() {
    wiggle(pLv, ++tick);
    return check.check(lv.run(pLv, qLv));
  }

  @Benchmark
  public ScreeningResult screen10000Trades() {
    return screening.screen(trades);
  }

  /** Sanity run outside JMH: prints one result of each kernel. */
  public static void main(String[] args) {
    GridBenchmarks b = new GridBenchmarks();
    b.mode = "flat";
    b.setUp();
    System.out.println(
        b.acCheckIeee33().approved()
            + " "
            + b.acCheckLv1002Buses().flow().converged()
            + " "
            + b.screen10000Trades().maxLoadingPct());
    System.out.println(Injection.ZERO);
  }
}
