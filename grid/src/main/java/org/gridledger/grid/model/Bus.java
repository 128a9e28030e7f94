package org.gridledger.grid.model;

import org.gridledger.grid.GridModelException;

/**
 * A node of the network.
 *
 * @param id unique id, as published for standard cases (the IEEE 33-bus case uses "1" to "33")
 * @param nominalKv nominal phase-to-phase voltage in kV, positive
 */
public record Bus(String id, double nominalKv) {
  public Bus {
    Checks.id(id, "bus");
    if (!(nominalKv > 0) || Double.isInfinite(nominalKv)) {
      throw new GridModelException(
          "bus " + id + ": nominal voltage must be positive, got " + nominalKv + " kV");
    }
  }
}
