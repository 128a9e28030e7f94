package org.gridledger.ledger.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.crypto.PublicKey;

/** The canonical encoding of demand response's payloads (see {@link PayloadCodec}). */
final class FlexCodec {
  private FlexCodec() {}

  static void write(RegisterFlexResource r, ByteWriter out) {
    out.string(r.meterId()).i64(r.capacityW()).bool(r.aggregator().isPresent());
    r.aggregator().ifPresent(out::key);
  }

  static RegisterFlexResource readResource(ByteReader in) {
    String meter = in.string("meter_id");
    long capacity = in.i64("capacity_w");
    Optional<PublicKey> aggregator =
        in.bool("has_aggregator") ? Optional.of(in.key("aggregator")) : Optional.empty();
    return new RegisterFlexResource(meter, capacity, aggregator);
  }

  static void write(CreateDrEvent e, ByteWriter out) {
    out.string(e.eventId()).string(e.feeder()).i32(e.buses().size());
    e.buses().forEach(out::string);
    out.i64(e.windowStart())
        .i64(e.windowEnd())
        .i32(e.intervalMinutes())
        .u8(e.direction().ordinal())
        .i64(e.requestedW())
        .i64(e.rewardPerKwh())
        .i64(e.penaltyPerKwh())
        .i32(e.tolerancePct())
        .i32(e.notificationMinutes())
        .i64(e.optInDeadline())
        .u8(e.baseline().ordinal());
  }

  static CreateDrEvent readEvent(ByteReader in) {
    String id = in.string("event_id");
    String feeder = in.string("feeder");
    int n = count(in, "buses", 1_000);
    List<String> buses = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      buses.add(in.string("bus"));
    }
    return new CreateDrEvent(
        id,
        feeder,
        buses,
        in.i64("window_start"),
        in.i64("window_end"),
        in.i32("interval_minutes"),
        ordinal(DrDirection.values(), in.u8("direction"), "direction"),
        in.i64("requested_w"),
        in.i64("reward_per_kwh"),
        in.i64("penalty_per_kwh"),
        in.i32("tolerance_pct"),
        in.i32("notification_minutes"),
        in.i64("opt_in_deadline"),
        ordinal(BaselineMethod.values(), in.u8("baseline"), "baseline"));
  }

  static void write(SettleDrEvent s, ByteWriter out) {
    out.string(s.eventId()).i32(s.meters().size());
    for (DrPerformance p : s.meters()) {
      out.string(p.meterId()).bool(p.estimated()).i32(p.intervals().size());
      for (DrInterval i : p.intervals()) {
        out.i64(i.baselineWh()).i64(i.measuredWh());
      }
    }
  }

  static SettleDrEvent readSettlement(ByteReader in) {
    String id = in.string("event_id");
    int n = count(in, "meters", SettleDrEvent.MAX_METERS);
    List<DrPerformance> meters = new ArrayList<>(n);
    for (int m = 0; m < n; m++) {
      String meter = in.string("meter_id");
      boolean estimated = in.bool("estimated");
      int k = count(in, "intervals", CreateDrEvent.MAX_INTERVALS);
      List<DrInterval> intervals = new ArrayList<>(k);
      for (int i = 0; i < k; i++) {
        intervals.add(new DrInterval(in.i64("baseline_wh"), in.i64("measured_wh")));
      }
      meters.add(new DrPerformance(meter, intervals, estimated));
    }
    return new SettleDrEvent(id, meters);
  }

  private static int count(ByteReader in, String field, int max) {
    int n = in.i32(field);
    if (n < 0 || n > max) {
      throw new CodecException(field + " has " + n + " entries; the limit is " + max);
    }
    return n;
  }

  private static <E> E ordinal(E[] values, int ordinal, String field) {
    if (ordinal >= values.length) {
      throw new CodecException("unknown " + field + " " + ordinal);
    }
    return values[ordinal];
  }
}
