package org.gridledger.bench.market;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.gridledger.market.MarketRules;
import org.gridledger.market.PricingRule;
import org.gridledger.market.clearing.ClearingOutcome;
import org.gridledger.market.clearing.ClearingResult;
import org.gridledger.market.clearing.DoubleAuction;
import org.gridledger.market.clearing.ElectricalDistance;
import org.gridledger.market.clearing.MarketClearing;
import org.gridledger.market.order.Order;
import org.gridledger.market.order.Side;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Clearing one interval's book of 100,000 orders (issue 4 goal: under 100 ms). Half buys, half
 * sells from homes that keep one side, limit prices spread over overlapping ranges so that about
 * half the energy crosses, 300 buses each with buying and selling homes, on a radial feeder whose
 * electrical distance is the difference of bus numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClearingBenchmark {

  @Param({"100000"})
  int orders;

  @Param({"300"})
  int buses;

  @Param({"PAY_AS_CLEAR"})
  PricingRule rule;

  private List<Order> book;
  private DoubleAuction kernel;
  private MarketClearing clearing;

  /** Buses "0".."n-1" along one feeder: distance is how many buses lie between. */
  static final ElectricalDistance FEEDER =
      (a, b) -> Math.abs(Integer.parseInt(a) - Integer.parseInt(b));

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    Instant opens = Instant.parse("2026-01-01T10:00:00Z");
    book = new ArrayList<>(orders);
    for (int i = 0; i < orders; i++) {
      int home = i % (orders / 3);
      Side side = home % 2 == 0 ? Side.BUY : Side.SELL;
      long price =
          side == Side.BUY ? random.nextLong(100_000, 300_001) : random.nextLong(80_000, 280_001);
      book.add(
          new Order(
              "o" + i,
              side,
              "home" + home,
              Integer.toString(home / 2 % buses),
              random.nextLong(100, 5_001),
              price,
              opens.plusMillis(random.nextLong(86_400_000))));
    }
    kernel = new DoubleAuction(rule, FEEDER);
    clearing = new MarketClearing(MarketRules.defaults().withRule(rule), FEEDER);
  }

  /** The kernel alone: sort, cross, price, pair, build trades. */
  @Benchmark
  public ClearingResult clear() {
    return kernel.clear(book);
  }

  /** Validation (bounds, duplicate ids, self-trade) and clearing, as {@code market clear}. */
  @Benchmark
  public ClearingOutcome validateAndClear() {
    return clearing.clear(book);
  }
}
