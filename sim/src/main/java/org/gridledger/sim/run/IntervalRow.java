package org.gridledger.sim.run;

/**
 * One interval of the run, community-wide: energy in Wh, the market's clearing price in µ/kWh (−1
 * when nothing crossed), and the physics with the DSO's checks (as run), without them (trades as
 * cleared, no curtailment: also the tariff-only case) and without EV steering.
 */
public record IntervalRow(
    long startMillis,
    long loadWh,
    long pvWh,
    long evWh,
    long drWh,
    long importWh,
    long exportWh,
    long tradedWh,
    long curtailedWh,
    long clearingPrice,
    double transformerPct,
    double minV,
    double maxV,
    int violations,
    double transformerPctNoDso,
    int violationsNoDso,
    double transformerPctUnsteered,
    int violationsUnsteered) {}
