package org.gridledger.metering.balance;

/**
 * A meter whose import dropped suddenly in an interval: {@code actualWh} against its recent mean
 * {@code expectedWh}, while its peers on the feeder kept {@code peerPercent} % of theirs (the
 * median; -1 without peers to compare).
 */
public record MeterAnomaly(String meterId, long actualWh, long expectedWh, int peerPercent) {}
