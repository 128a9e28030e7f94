package org.gridledger.market.clearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.gridledger.market.order.Order;

/** The primitive sort against the comparator, including extreme prices and times. */
class PrioritySortProperties {

  @Provide
  Arbitrary<List<Order>> sides() {
    Arbitrary<Long> prices =
        Arbitraries.oneOf(
            Arbitraries.longs().between(-3, 3),
            Arbitraries.longs(),
            Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L));
    Arbitrary<Instant> times =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 3).map(Instant::ofEpochSecond),
            Arbitraries.longs().between(0, 3).map(n -> Instant.ofEpochSecond(0, n)),
            Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH));
    Arbitrary<String> ids = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(3);
    return net.jqwik.api.Combinators.combine(prices, times)
        .as((p, t) -> new long[] {p, t.getEpochSecond(), t.getNano()})
        .list()
        .ofMaxSize(40)
        .flatMap(
            specs ->
                ids.list()
                    .ofSize(specs.size())
                    .uniqueElements()
                    .map(
                        names -> {
                          List<Order> orders = new ArrayList<>();
                          for (int i = 0; i < specs.size(); i++) {
                            long[] s = specs.get(i);
                            orders.add(
                                Order.buy(
                                    names.get(i),
                                    "p",
                                    "1",
                                    1,
                                    s[0],
                                    Instant.ofEpochSecond(s[1], s[2])));
                          }
                          return orders;
                        }));
  }

  @Property(tries = 500)
  void sortsExactlyAsPriceTimePriority(@ForAll("sides") List<Order> side) {
    for (boolean buys : new boolean[] {true, false}) {
      Order[] sorted = PrioritySortProperties.sorted(side, buys);
      List<Order> expected = new ArrayList<>(side);
      expected.sort(buys ? PriceTimePriority.BUYS : PriceTimePriority.SELLS);
      assertThat(sorted).containsExactlyElementsOf(expected);
    }
  }

  static Order[] sorted(List<Order> side, boolean buys) {
    SortedSide.Builder builder =
        new SortedSide.Builder(buys, side.size(), new java.util.HashMap<>(), new ArrayList<>());
    side.forEach(builder::add);
    return builder.sort().orders;
  }
}
