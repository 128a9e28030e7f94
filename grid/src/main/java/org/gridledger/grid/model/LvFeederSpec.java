package org.gridledger.grid.model;

import org.gridledger.grid.GridModelException;

/**
 * Parameters of a generated low-voltage network: a MV/LV transformer feeding radial cables, each
 * with houses connected along it at equal spacing.
 *
 * @param transformerKva transformer rating in kVA, > 0
 * @param ukPercent transformer short-circuit voltage in %
 * @param copperLossKw transformer load losses at rated power in kW
 * @param mvKv medium-voltage (source) nominal voltage in kV
 * @param lvKv low-voltage nominal voltage in kV
 * @param feeders number of cables leaving the LV busbar, >= 1
 * @param housesPerFeeder houses per cable, >= 1
 * @param cable cable type of every feeder section
 * @param feederLengthM length of one feeder from the busbar to its last house, in metres
 * @param houseLoadW base consumption of each house in W, >= 0
 * @param houseLoadVar base reactive consumption of each house in var
 */
public record LvFeederSpec(
    double transformerKva,
    double ukPercent,
    double copperLossKw,
    double mvKv,
    double lvKv,
    int feeders,
    int housesPerFeeder,
    CableType cable,
    double feederLengthM,
    double houseLoadW,
    double houseLoadVar) {

  public LvFeederSpec {
    if (!(transformerKva > 0)) {
      throw new GridModelException(
          "transformer rating must be positive, got " + transformerKva + " kVA");
    }
    if (feeders < 1 || housesPerFeeder < 1) {
      throw new GridModelException("need at least one feeder and one house per feeder");
    }
    if (!(feederLengthM > 0) || !(mvKv > lvKv) || !(lvKv > 0)) {
      throw new GridModelException("feeder length and voltages must be positive, MV above LV");
    }
    if (cable == null) {
      throw new GridModelException("feeder without a cable type");
    }
    if (!(houseLoadW >= 0)) {
      throw new GridModelException("house load must be >= 0, got " + houseLoadW + " W");
    }
  }

  /**
   * 400 kVA (uk 4 %, 4.6 kW losses), 10/0.4 kV, 3 feeders of 30 houses, NAYY 4x150, 300 m, 1 kW per
   * house at cos phi 0.95.
   */
  public static LvFeederSpec defaults() {
    return new LvFeederSpec(400, 4, 4.6, 10, 0.4, 3, 30, CableType.NAYY_4X150, 300, 1000, 329);
  }

  public LvFeederSpec withSize(int feeders, int housesPerFeeder) {
    return new LvFeederSpec(
        transformerKva,
        ukPercent,
        copperLossKw,
        mvKv,
        lvKv,
        feeders,
        housesPerFeeder,
        cable,
        feederLengthM,
        houseLoadW,
        houseLoadVar);
  }

  public LvFeederSpec withTransformerKva(double kva) {
    return new LvFeederSpec(
        kva,
        ukPercent,
        copperLossKw * kva / transformerKva,
        mvKv,
        lvKv,
        feeders,
        housesPerFeeder,
        cable,
        feederLengthM,
        houseLoadW,
        houseLoadVar);
  }

  public LvFeederSpec withCable(CableType type, double lengthM) {
    return new LvFeederSpec(
        transformerKva,
        ukPercent,
        copperLossKw,
        mvKv,
        lvKv,
        feeders,
        housesPerFeeder,
        type,
        lengthM,
        houseLoadW,
        houseLoadVar);
  }

  public LvFeederSpec withHouseLoad(double pW, double qVar) {
    return new LvFeederSpec(
        transformerKva,
        ukPercent,
        copperLossKw,
        mvKv,
        lvKv,
        feeders,
        housesPerFeeder,
        cable,
        feederLengthM,
        pW,
        qVar);
  }
}
