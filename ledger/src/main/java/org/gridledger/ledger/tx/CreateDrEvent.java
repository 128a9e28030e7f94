package org.gridledger.ledger.tx;

import java.util.List;

/**
 * The DSO's call for flexibility (an OpenADR 2.0b {@code oadrDistributeEvent} with one simple
 * signal): where (a feeder, optionally some of its buses), when (a window of whole intervals), what
 * (reduce or increase, by how many W in total), the price (reward per kWh delivered, penalty per
 * kWh committed but not delivered beyond a tolerance), the notice it gives and the opt-in deadline,
 * and the baseline method its settlement uses. DSO only.
 *
 * @param eventId unique id of the event
 * @param feeder the feeder targeted
 * @param buses the buses targeted on it, ascending and distinct; empty for the whole feeder
 * @param windowStart first instant of the window, epoch ms, a multiple of the interval
 * @param windowEnd end of the window (exclusive), epoch ms, whole intervals after the start
 * @param intervalMinutes length of the window's intervals (1 to 60)
 * @param requestedW the flexibility asked for, W (informative: commitments are not capped by it)
 * @param rewardPerKwh µ paid per kWh delivered (delivery counted up to the commitment)
 * @param penaltyPerKwh µ charged per kWh of commitment not delivered beyond the tolerance
 * @param tolerancePct share of the committed energy that may go undelivered without penalty
 * @param notificationMinutes least notice between the event's creation and its start
 * @param optInDeadline last instant (exclusive) of opt-ins and opt-outs, epoch ms
 */
public record CreateDrEvent(
    String eventId,
    String feeder,
    List<String> buses,
    long windowStart,
    long windowEnd,
    int intervalMinutes,
    DrDirection direction,
    long requestedW,
    long rewardPerKwh,
    long penaltyPerKwh,
    int tolerancePct,
    int notificationMinutes,
    long optInDeadline,
    BaselineMethod baseline)
    implements Payload {
  public static final int MAX_INTERVALS = 96;
  public static final long MAX_PRICE = 100_000_000L;

  public CreateDrEvent {
    Text.require(eventId, "event_id", 128, false);
    Text.require(feeder, "feeder", 128, false);
    buses = List.copyOf(Text.present(buses, "buses"));
    for (int i = 0; i < buses.size(); i++) {
      Text.require(buses.get(i), "buses", 64, false);
      if (i > 0 && buses.get(i - 1).compareTo(buses.get(i)) >= 0) {
        throw new IllegalArgumentException("buses must be distinct, in ascending order");
      }
    }
    if (buses.size() > 1_000) {
      throw new IllegalArgumentException("at most 1000 buses per event");
    }
    if (intervalMinutes < 1 || intervalMinutes > 60) {
      throw new IllegalArgumentException("interval_minutes must be 1 to 60");
    }
    long length = intervalMinutes * 60_000L;
    if (Math.floorMod(windowStart, length) != 0) {
      throw new IllegalArgumentException("the window must start on an interval boundary");
    }
    if (windowEnd <= windowStart || (windowEnd - windowStart) % length != 0) {
      throw new IllegalArgumentException("the window must last a whole number of intervals");
    }
    if ((windowEnd - windowStart) / length > MAX_INTERVALS) {
      throw new IllegalArgumentException("a window lasts at most " + MAX_INTERVALS + " intervals");
    }
    Text.present(direction, "direction");
    Text.present(baseline, "baseline");
    if (requestedW <= 0 || requestedW > 1_000_000_000_000L) {
      throw new IllegalArgumentException("requested_w must be positive");
    }
    if (rewardPerKwh < 0 || rewardPerKwh > MAX_PRICE) {
      throw new IllegalArgumentException("reward_per_kwh must be in [0, " + MAX_PRICE + "]");
    }
    if (penaltyPerKwh < 0 || penaltyPerKwh > MAX_PRICE) {
      throw new IllegalArgumentException("penalty_per_kwh must be in [0, " + MAX_PRICE + "]");
    }
    if (tolerancePct < 0 || tolerancePct > 100) {
      throw new IllegalArgumentException("tolerance_pct must be 0 to 100");
    }
    if (notificationMinutes < 0 || notificationMinutes > 7 * 24 * 60) {
      throw new IllegalArgumentException("notification_minutes must be 0 to 10080");
    }
    if (optInDeadline > windowStart) {
      throw new IllegalArgumentException("the opt-in deadline must not be after the window starts");
    }
  }

  public long intervalMillis() {
    return intervalMinutes * 60_000L;
  }

  public int intervals() {
    return (int) ((windowEnd - windowStart) / intervalMillis());
  }

  @Override
  public PayloadType type() {
    return PayloadType.CREATE_DR_EVENT;
  }
}
