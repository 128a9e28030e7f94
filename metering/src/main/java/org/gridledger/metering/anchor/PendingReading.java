package org.gridledger.metering.anchor;

import org.gridledger.metering.ingest.VerifiedReading;

/**
 * An accepted reading waiting for a block: the reading, the timestamp of the meter's reading before
 * it ({@code -1} for its first), and its ticket (accepted readings are numbered from 1 in the order
 * they are anchored).
 */
public record PendingReading(VerifiedReading reading, long previousTimestampMillis, long ticket) {}
