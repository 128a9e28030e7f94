package org.gridledger.grid.flow;

/**
 * The solved voltage of a bus.
 *
 * @param busId the model's bus id
 * @param vPu magnitude in per unit of the bus nominal voltage
 * @param angleDeg angle in degrees, the source at 0
 */
public record BusVoltage(String busId, double vPu, double angleDeg) {}
