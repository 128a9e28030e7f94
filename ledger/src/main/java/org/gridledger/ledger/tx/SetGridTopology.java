package org.gridledger.ledger.tx;

import java.util.List;

/**
 * The DSO publishes its feeder as a tree of buses with integer impedances, from which the market
 * measures electrical distance deterministically. Replaces the previous topology. DSO only.
 */
public record SetGridTopology(List<BusLink> links) implements Payload {
  public static final int MAX_BUSES = 20_000;

  public SetGridTopology {
    Text.present(links, "links");
    if (links.isEmpty() || links.size() > MAX_BUSES) {
      throw new IllegalArgumentException("a topology has 1 to " + MAX_BUSES + " buses");
    }
    links = List.copyOf(links);
  }

  @Override
  public PayloadType type() {
    return PayloadType.SET_GRID_TOPOLOGY;
  }
}
