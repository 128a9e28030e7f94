package org.gridledger.market.order;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The checks of {@link OrderValidator} that look at a whole book rather than one order. */
final class BookChecks {

  private static final Comparator<Order> EARLIEST =
      Comparator.comparing(Order::time).thenComparing(Order::id);

  private BookChecks() {}

  /** How often each id that occurs more than once occurs; empty when all ids are distinct. */
  static Map<String, Integer> duplicateIdCounts(Collection<Order> orders) {
    StringTable seen = new StringTable(orders.size());
    Map<String, Integer> counts = new HashMap<>();
    for (Order order : orders) {
      if (seen.putIfAbsent(order.id(), 0) >= 0) {
        counts.merge(order.id(), 2, (a, b) -> a + 1);
      }
    }
    return counts;
  }

  /**
   * Refuses, into {@code refused}, every candidate on the other side from its participant's
   * earliest candidate (by time, then id); returns the rest in their order.
   */
  static List<Order> refuseSelfTrades(List<Order> candidates, List<Refusal> refused) {
    StringTable earliest = new StringTable(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      Order order = candidates.get(i);
      int known = earliest.putIfAbsent(order.participant(), i);
      if (known >= 0 && EARLIEST.compare(order, candidates.get(known)) < 0) {
        earliest.put(order.participant(), i);
      }
    }
    List<Order> accepted = new ArrayList<>(candidates.size());
    for (Order order : candidates) {
      Order first = candidates.get(earliest.get(order.participant()));
      if (first.side() == order.side()) {
        accepted.add(order);
      } else {
        refused.add(
            Refusal.of(
                order,
                OrderRefusal.SELF_TRADE,
                "participant %s would %s here but its earlier order %s %ss in the same interval",
                order.participant(),
                order.side().externalName(),
                first.id(),
                first.side().externalName()));
      }
    }
    return accepted;
  }
}
