package org.gridledger.metering.ingest;

/** Told of every outcome, for metrics. Called from ingesting threads: must be thread-safe. */
public interface IngestListener {
  IngestListener NONE = new IngestListener() {};

  default void accepted(Source source, int count) {}

  default void refused(Source source, RefusalReason reason) {}

  default void anchored(int count) {}
}
