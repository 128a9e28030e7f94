package org.gridledger.sim.run;

import java.util.List;
import org.gridledger.sim.community.Community;

/**
 * A finished run: the community, each interval's row, each household's physical totals and what the
 * ledger holds for it, the local market's traded energy and value as the ledger recorded them, the
 * ledger's own figures and the wall time.
 */
public record SimulationResult(
    Community community,
    List<IntervalRow> rows,
    List<HouseholdTotals> totals,
    List<HouseholdLedger> ledger,
    long tradedWh,
    long tradedValueMicros,
    long transactions,
    long blocks,
    long chainBytes,
    long readings,
    long wallNanos) {}
