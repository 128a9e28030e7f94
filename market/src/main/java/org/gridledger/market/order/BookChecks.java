package org.gridledger.market.order;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The self-trade check of {@link OrderValidator}, which looks at a whole book. */
final class BookChecks {

  private static final Comparator<Order> EARLIEST =
      Comparator.comparing(Order::time).thenComparing(Order::id);

  private BookChecks() {}

  /**
   * Refuses, into {@code refused}, every candidate on the other side from its participant's
   * earliest candidate (by time, then id); returns the rest in their order. One pass over the
   * orders finds each participant's earliest order and remembers where; the second reads only
   * arrays unless it refuses.
   */
  static List<Order> refuseSelfTrades(List<Order> candidates, List<Refusal> refused) {
    int n = candidates.size();
    StringTable earliest = new StringTable(n);
    int[] slots = new int[n];
    boolean[] buys = new boolean[n];
    for (int i = 0; i < n; i++) {
      Order order = candidates.get(i);
      int slot = earliest.slotOf(order.participant());
      int known = earliest.valueAt(slot);
      if (known < 0 || EARLIEST.compare(order, candidates.get(known)) < 0) {
        earliest.setAt(slot, order.participant(), i);
      }
      slots[i] = slot;
      buys[i] = order.side() == Side.BUY;
    }
    List<Order> accepted = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int first = earliest.valueAt(slots[i]);
      if (buys[first] == buys[i]) {
        accepted.add(candidates.get(i));
      } else {
        Order order = candidates.get(i);
        refused.add(
            Refusal.of(
                order,
                OrderRefusal.SELF_TRADE,
                "participant %s would %s here but its earlier order %s %ss in the same interval",
                order.participant(),
                order.side().externalName(),
                candidates.get(first).id(),
                candidates.get(first).side().externalName()));
      }
    }
    return accepted;
  }
}
