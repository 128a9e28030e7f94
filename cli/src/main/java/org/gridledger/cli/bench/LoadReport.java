package org.gridledger.cli.bench;

/** What a load run measured; latencies from a batch's submission to its commit. */
public record LoadReport(
    long submitted,
    long committed,
    long refused,
    long failed,
    double seconds,
    double txPerS,
    double p50Ms,
    double p99Ms) {}
