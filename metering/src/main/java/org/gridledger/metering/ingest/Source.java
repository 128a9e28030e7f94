package org.gridledger.metering.ingest;

import java.util.Locale;

/** Where a reading came in. */
public enum Source {
  MQTT,
  HTTP;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
