package org.gridledger.sim.scenario;

/**
 * The feeder the community lives on.
 *
 * @param network "lv" (generated), "ieee33", or a path to a network file (JSON feeder, MATPOWER,
 *     IEEE CDF)
 * @param feeders generated LV: cables leaving the busbar
 * @param housesPerFeeder generated LV: houses along each cable
 * @param transformerKva generated LV: the transformer's rating, kVA
 * @param lengthM generated LV: length of each cable, m
 */
public record FeederSpec(
    String network, int feeders, int housesPerFeeder, double transformerKva, double lengthM) {
  public FeederSpec {
    if (network == null || network.isBlank()) {
      throw new IllegalArgumentException("feeder.network is required");
    }
    if (feeders < 1 || housesPerFeeder < 1 || !(transformerKva > 0) || !(lengthM > 0)) {
      throw new IllegalArgumentException("feeder sizes must be positive");
    }
  }

  public boolean generated() {
    return network.equals("lv");
  }
}
