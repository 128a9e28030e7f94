package org.gridledger.mobility.search;

import org.gridledger.mobility.ledger.ChargePointRecord;

/**
 * One available charge point with the parts of its score: distance (m), the estimated cost of the
 * energy and time asked (µ, at its prices), the feeder's steering bonus (µ/kWh, positive: a
 * discount) and the score itself (lower is better).
 */
public record SearchHit(
    ChargePointRecord chargePoint, long distanceM, long costMicros, long bonusPerKwh, long score) {}
