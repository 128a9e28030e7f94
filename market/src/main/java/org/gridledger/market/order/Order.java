package org.gridledger.market.order;

import java.time.Instant;
import java.util.Objects;

/**
 * A limit order for one delivery interval.
 *
 * <p>The constructor checks only what makes an order meaningless (missing or blank fields).
 * Quantities and prices are checked against the market's bounds by {@link OrderValidator}, which
 * refuses with a reason rather than throwing.
 *
 * @param id unique within the interval's book; the last tie-break of price–time priority
 * @param side buy or sell
 * @param participant who trades; never on both sides of one interval
 * @param bus the network bus of the meter the energy flows through
 * @param energyWh energy to buy or sell, in Wh
 * @param pricePerKwh limit price in micro-units per kWh: the most a buyer pays, the least a seller
 *     accepts
 * @param time when the order was placed; earlier wins at equal price
 */
public record Order(
    String id,
    Side side,
    String participant,
    String bus,
    long energyWh,
    long pricePerKwh,
    Instant time) {

  public Order {
    requireText(id, "id");
    Objects.requireNonNull(side, "side");
    requireText(participant, "participant");
    requireText(bus, "bus");
    Objects.requireNonNull(time, "time");
  }

  private static void requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException("order " + field + " must not be blank");
    }
  }

  /** A buy order. */
  public static Order buy(
      String id, String participant, String bus, long energyWh, long pricePerKwh, Instant time) {
    return new Order(id, Side.BUY, participant, bus, energyWh, pricePerKwh, time);
  }

  /** A sell order. */
  public static Order sell(
      String id, String participant, String bus, long energyWh, long pricePerKwh, Instant time) {
    return new Order(id, Side.SELL, participant, bus, energyWh, pricePerKwh, time);
  }
}
