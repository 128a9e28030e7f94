package org.gridledger.metering.balance;

import java.util.Locale;

/** What a feeder's energy balance over one interval came to. */
public enum BalanceStatus {
  /** Head and downstream meters agree within the expected losses and the tolerance. */
  BALANCED,
  /**
   * More energy entered the feeder than its meters and its losses account for: theft, a bypass, an
   * unmetered load.
   */
  NON_TECHNICAL_LOSS,
  /** The downstream meters account for more than entered: a faulty or mis-registered meter. */
  METER_SURPLUS,
  /** No head meter, or no readings: no balance can be drawn. */
  INCOMPLETE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isAlert() {
    return this == NON_TECHNICAL_LOSS || this == METER_SURPLUS;
  }
}
