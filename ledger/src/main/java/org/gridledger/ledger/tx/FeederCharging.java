package org.gridledger.ledger.tx;

import java.util.List;

/**
 * The DSO's charging state of a feeder from {@code fromMillis}: its charging headroom (W), the
 * minimum rate of the fair share (W), the steering bonus per kWh (µ/kWh; negative: a surcharge) and
 * the limits set on its sessions (none: limits lifted), with the reason. DSO only.
 */
public record FeederCharging(
    String feeder,
    long fromMillis,
    long headroomW,
    long minRateW,
    long bonusPerKwh,
    List<ChargeLimit> limits,
    String reason)
    implements Payload {
  public static final int MAX_LIMITS = 10_000;

  public FeederCharging {
    Text.require(feeder, "feeder", 64, false);
    Text.present(limits, "limits");
    Text.require(reason, "reason", 200, true);
    if (headroomW < 0 || minRateW < 0) {
      throw new IllegalArgumentException("headroom_w and min_rate_w must not be negative");
    }
    if (Math.abs(bonusPerKwh) > 1_000_000) {
      throw new IllegalArgumentException("bonus_per_kwh must be within ±1,000,000");
    }
    if (limits.size() > MAX_LIMITS) {
      throw new IllegalArgumentException("at most " + MAX_LIMITS + " limits");
    }
    limits = List.copyOf(limits);
  }

  @Override
  public PayloadType type() {
    return PayloadType.FEEDER_CHARGING;
  }
}
