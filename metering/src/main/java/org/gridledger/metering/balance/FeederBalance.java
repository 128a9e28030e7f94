package org.gridledger.metering.balance;

import java.util.List;

/**
 * A feeder's energy balance over one interval, in Wh: what entered through its head meters against
 * what its household meters took and gave plus the expected technical losses. {@code unaccountedWh}
 * = (headImport − headExport) − (downstreamImport − downstreamExport) − expectedLoss; positive is
 * energy lost to something unmetered.
 *
 * @param estimated whether any meter's energy in it was estimated (gaps in its readings)
 */
public record FeederBalance(
    String feeder,
    long intervalStartMillis,
    long intervalMinutes,
    int headMeters,
    int downstreamMeters,
    long headImportWh,
    long headExportWh,
    long downstreamImportWh,
    long downstreamExportWh,
    long expectedLossWh,
    long unaccountedWh,
    long thresholdWh,
    BalanceStatus status,
    boolean estimated,
    List<MeterAnomaly> anomalies) {
  public FeederBalance {
    anomalies = List.copyOf(anomalies);
  }

  /** Whether the DSO should look: a non-technical loss, a surplus, or a flagged meter. */
  public boolean needsAttention() {
    return status.isAlert() || !anomalies.isEmpty();
  }
}
