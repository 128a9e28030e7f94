package org.gridledger.market.order;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gridledger.market.MarketRules;
import org.gridledger.market.interval.MarketInterval;

/**
 * Checks orders against a market's rules. Expected refusals are returned, never thrown.
 *
 * <p>A book is checked in three steps, and each order gets at most the first refusal that applies:
 *
 * <ol>
 *   <li>Every order whose id occurs more than once is refused ({@link OrderRefusal#DUPLICATE_ID}):
 *       no order with an ambiguous id can be told apart from its twin, so none is kept.
 *   <li>Each remaining order is checked alone: energy, price bounds, and, when an interval is
 *       given, its acceptance window.
 *   <li>Self-trade: a participant's earliest accepted order (by time, then id) fixes its side for
 *       the interval; its accepted orders on the other side are refused ({@link
 *       OrderRefusal#SELF_TRADE}). Clearing can therefore never pair a participant with itself.
 * </ol>
 *
 * <p>The result depends only on the set of orders, not on their order in the input. Stateless and
 * thread-safe.
 */
public final class OrderValidator {

  private final MarketRules rules;

  public OrderValidator(MarketRules rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** Checks one order's energy and price against the bounds. */
  public Optional<Refusal> check(Order order) {
    if (order.energyWh() <= 0) {
      return refuse(
          order,
          OrderRefusal.NON_POSITIVE_ENERGY,
          "energy_wh must be positive, was %d",
          order.energyWh());
    }
    if (order.energyWh() > rules.maxEnergyWh()) {
      return refuse(
          order,
          OrderRefusal.ENERGY_TOO_LARGE,
          "energy_wh %d exceeds the maximum of %d Wh per order",
          order.energyWh(),
          rules.maxEnergyWh());
    }
    if (order.pricePerKwh() < rules.minPricePerKwh()
        || order.pricePerKwh() > rules.maxPricePerKwh()) {
      return refuse(
          order,
          OrderRefusal.PRICE_OUT_OF_BOUNDS,
          "price_per_kwh %d is outside [%d, %d] micro-units per kWh",
          order.pricePerKwh(),
          rules.minPricePerKwh(),
          rules.maxPricePerKwh());
    }
    return Optional.empty();
  }

  /** Checks one order's bounds and that it was placed within the interval's acceptance window. */
  public Optional<Refusal> check(Order order, MarketInterval interval) {
    Optional<Refusal> bounds = check(order);
    if (bounds.isPresent()) {
      return bounds;
    }
    if (order.time().isBefore(interval.opensAt())) {
      return refuse(
          order,
          OrderRefusal.BEFORE_WINDOW,
          "placed at %s, before interval %d opens for orders at %s",
          order.time(),
          interval.index(),
          interval.opensAt());
    }
    if (!order.time().isBefore(interval.gateClosure())) {
      return refuse(
          order,
          OrderRefusal.AFTER_GATE_CLOSURE,
          "placed at %s, not before the gate closure of interval %d at %s",
          order.time(),
          interval.index(),
          interval.gateClosure());
    }
    return Optional.empty();
  }

  /** Checks a book of orders without an interval (no time window). */
  public Validation validate(Collection<Order> orders) {
    return validate(orders, Optional.empty());
  }

  /** Checks a book of orders for one interval, including each order's acceptance window. */
  public Validation validate(Collection<Order> orders, MarketInterval interval) {
    return validate(orders, Optional.of(interval));
  }

  private Validation validate(Collection<Order> orders, Optional<MarketInterval> interval) {
    Order[] all = orders.toArray(Order[]::new);
    StringTable ids = new StringTable(all.length);
    Map<String, Integer> duplicates = new HashMap<>();
    Refusal[] alone = new Refusal[all.length];
    for (int i = 0; i < all.length; i++) {
      Order order = all[i];
      if (ids.putIfAbsent(order.id(), i) >= 0) {
        duplicates.merge(order.id(), 2, (a, b) -> a + 1);
      }
      alone[i] = (interval.isPresent() ? check(order, interval.get()) : check(order)).orElse(null);
    }
    List<Refusal> refused = new ArrayList<>();
    List<Order> candidates = new ArrayList<>(all.length);
    for (int i = 0; i < all.length; i++) {
      Integer uses = duplicates.isEmpty() ? null : duplicates.get(all[i].id());
      if (uses != null) {
        refused.add(Refusal.of(all[i], OrderRefusal.DUPLICATE_ID, "id is used by %d orders", uses));
      } else if (alone[i] != null) {
        refused.add(alone[i]);
      } else {
        candidates.add(all[i]);
      }
    }
    List<Order> accepted = BookChecks.refuseSelfTrades(candidates, refused);
    refused.sort(
        Comparator.comparing(Refusal::orderId)
            .thenComparing(Refusal::reason)
            .thenComparing(Refusal::message));
    return new Validation(accepted, refused);
  }

  private static Optional<Refusal> refuse(
      Order order, OrderRefusal reason, String format, Object... args) {
    return Optional.of(Refusal.of(order, reason, format, args));
  }
}
