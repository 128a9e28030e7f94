package org.gridledger.market.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;
import org.gridledger.market.interval.MarketInterval;
import org.gridledger.market.order.Side;

/**
 * Runs a home battery that charges cheap and sells dear, judged against a rolling window of past
 * clearing prices.
 *
 * <p>Thresholds: {@code low} and {@code high} are the {@code lowPercent} and {@code highPercent}
 * quantiles of the window, clamped into the tariff. The next price is forecast as the latest one
 * (persistence). A forecast at or below {@code low} puts the battery in CHARGE mode, at or above
 * {@code high} in DISCHARGE mode, otherwise (or with fewer than {@code minHistory} prices) HOLD:
 *
 * <ul>
 *   <li>HOLD: plain self-consumption (a surplus charges the battery, a deficit is covered by it);
 *       what is left is traded at the tariff bounds, like {@link PriceTakerAgent}.
 *   <li>CHARGE: the deficit is bought at up to the import price, and the battery's free room (after
 *       storing any own surplus) is bid at {@code low}: it only fills if the market is cheap.
 *   <li>DISCHARGE: the battery covers the deficit first; what charge and power remain are offered
 *       at {@code high}: they only sell if the market is dear; any PV surplus is sold at feed-in.
 * </ul>
 *
 * Power and state-of-charge limits bound every quantity; losses are ignored. Intents are always on
 * one side. Stateful (the window) and not thread-safe; uses no randomness. Feed it each interval's
 * clearing price with {@link #observe(OptionalLong)}.
 */
public final class BatteryStrategy implements TradingAgent {

  enum Mode {
    CHARGE,
    HOLD,
    DISCHARGE
  }

  private final PriceWindow window;
  private final int lowPercent;
  private final int highPercent;
  private final int minHistory;

  /**
   * @param windowSize how many past clearing prices are kept
   * @param lowPercent quantile at or below which charging is cheap, 0–100
   * @param highPercent quantile at or above which selling is dear, not below {@code lowPercent}
   * @param minHistory prices needed before leaving HOLD, 1 to {@code windowSize}
   */
  public BatteryStrategy(int windowSize, int lowPercent, int highPercent, int minHistory) {
    this.window = new PriceWindow(windowSize);
    if (lowPercent < 0 || highPercent > 100 || lowPercent > highPercent) {
      throw new IllegalArgumentException(
          "need 0 <= lowPercent <= highPercent <= 100, was " + lowPercent + ", " + highPercent);
    }
    if (minHistory < 1 || minHistory > windowSize) {
      throw new IllegalArgumentException(
          "minHistory must be in [1, " + windowSize + "], was " + minHistory);
    }
    this.lowPercent = lowPercent;
    this.highPercent = highPercent;
    this.minHistory = minHistory;
  }

  /** A day of 15-minute prices, the cheapest and dearest quarter, after 8 prices. */
  public static BatteryStrategy defaults() {
    return new BatteryStrategy(96, 25, 75, 8);
  }

  /** Records an interval's clearing price; an interval where nothing cleared is skipped. */
  public void observe(OptionalLong clearingPricePerKwh) {
    clearingPricePerKwh.ifPresent(window::add);
  }

  Mode mode(Tariff tariff) {
    if (window.size() < minHistory) {
      return Mode.HOLD;
    }
    long forecast = window.latest();
    if (forecast <= tariff.clamp(window.quantile(lowPercent))) {
      return Mode.CHARGE;
    }
    return forecast >= tariff.clamp(window.quantile(highPercent)) ? Mode.DISCHARGE : Mode.HOLD;
  }

  @Override
  public List<OrderIntent> intents(
      Home home, MarketInterval interval, Tariff tariff, RandomGenerator random) {
    long millis = interval.lengthMillis();
    long net = home.netWh();
    List<OrderIntent> intents = new ArrayList<>(2);
    switch (mode(tariff)) {
      case HOLD -> {
        return new PriceTakerAgent().intents(home, interval, tariff, random);
      }
      case CHARGE -> {
        long stored = Math.min(Math.max(net, 0), home.chargeRoomWh(millis));
        add(intents, Side.SELL, Math.max(net, 0) - stored, tariff.feedInPricePerKwh());
        if (intents.isEmpty()) {
          add(intents, Side.BUY, -Math.min(net, 0), tariff.importPricePerKwh());
          add(intents, Side.BUY, home.chargeRoomWh(millis) - stored, low(tariff));
        }
      }
      case DISCHARGE -> {
        long deficit = -Math.min(net, 0);
        long covered = Math.min(deficit, home.dischargeableWh(millis));
        add(intents, Side.BUY, deficit - covered, tariff.importPricePerKwh());
        if (intents.isEmpty()) {
          add(intents, Side.SELL, Math.max(net, 0), tariff.feedInPricePerKwh());
          add(intents, Side.SELL, home.dischargeableWh(millis) - covered, high(tariff));
        }
      }
    }
    return List.copyOf(intents);
  }

  private long low(Tariff tariff) {
    return tariff.clamp(window.quantile(lowPercent));
  }

  private long high(Tariff tariff) {
    return tariff.clamp(window.quantile(highPercent));
  }

  private static void add(List<OrderIntent> intents, Side side, long energyWh, long price) {
    if (energyWh > 0) {
      intents.add(new OrderIntent(side, energyWh, price));
    }
  }
}
