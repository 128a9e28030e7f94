package org.gridledger.ledger.tx;

import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;

/** The canonical encoding of EV charging's payloads (see {@link PayloadCodec}). */
final class MobilityCodec {
  private MobilityCodec() {}

  static void write(Payload payload, ByteWriter out) {
    switch (payload) {
      case RegisterChargePoint c -> {
        out.string(c.chargePointId())
            .key(c.key())
            .key(c.owner())
            .string(c.bus())
            .string(c.feeder())
            .i64(c.maxPowerW())
            .i32(c.connector())
            .i64(c.pricePerKwh().microsPerKwh())
            .i64(c.pricePerHourMicros())
            .i32(c.windows().size());
        for (AvailabilityWindow w : c.windows()) {
          out.i32(w.fromMinute()).i32(w.toMinute());
        }
        out.i32(c.latCentiDeg()).i32(c.lonCentiDeg()).hash(c.authKeyHash());
      }
      case RotatePseudonym r -> out.string(r.token()).string(r.retire());
      case BookCharging b ->
          out.string(b.chargePointId())
              .string(b.pseudonym())
              .i64(b.start())
              .i64(b.end())
              .i64(b.energy().wh());
      case CancelBooking c -> out.hash(c.booking());
      case CloseBooking c -> out.hash(c.booking());
      case StartCharging s ->
          out.string(s.chargePointId())
              .i32(s.transactionId())
              .string(s.idTag())
              .i64(s.startMillis())
              .i64(s.meterStartWh());
      case SettleCharging s ->
          out.string(s.chargePointId())
              .i32(s.transactionId())
              .i64(s.stopMillis())
              .i64(s.meterStopWh())
              .i64(s.networkFee().microsPerKwh())
              .string(s.reason());
      case FeederCharging f -> {
        out.string(f.feeder())
            .i64(f.fromMillis())
            .i64(f.headroomW())
            .i64(f.minRateW())
            .i64(f.bonusPerKwh())
            .i32(f.limits().size());
        for (ChargeLimit l : f.limits()) {
          out.string(l.chargePointId()).i32(l.transactionId()).i64(l.limitW());
        }
        out.string(f.reason());
      }
      default -> throw new IllegalArgumentException("not an EV charging payload: " + payload);
    }
  }

  static Payload read(PayloadType type, ByteReader in) {
    return switch (type) {
      case REGISTER_CHARGE_POINT -> {
        String id = in.string("charge_point_id");
        var key = in.key("key");
        var owner = in.key("owner");
        String bus = in.string("bus");
        String feeder = in.string("feeder");
        long maxPower = in.i64("max_power_w");
        int connector = in.i32("connector");
        Price perKwh = Price.microsPerKwh(in.i64("price_per_kwh"));
        long perHour = in.i64("price_per_hour");
        int n = count(in, "windows", RegisterChargePoint.MAX_WINDOWS);
        List<AvailabilityWindow> windows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          windows.add(new AvailabilityWindow(in.i32("from"), in.i32("to")));
        }
        yield new RegisterChargePoint(
            id,
            key,
            owner,
            bus,
            feeder,
            maxPower,
            connector,
            perKwh,
            perHour,
            windows,
            in.i32("lat"),
            in.i32("lon"),
            in.hash("auth_key_hash"));
      }
      case ROTATE_PSEUDONYM -> new RotatePseudonym(in.string("token"), in.string("retire"));
      case BOOK_CHARGING ->
          new BookCharging(
              in.string("charge_point_id"),
              in.string("pseudonym"),
              in.i64("start"),
              in.i64("end"),
              Energy.wh(in.i64("energy_wh")));
      case CANCEL_BOOKING -> new CancelBooking(in.hash("booking"));
      case CLOSE_BOOKING -> new CloseBooking(in.hash("booking"));
      case START_CHARGING ->
          new StartCharging(
              in.string("charge_point_id"),
              in.i32("transaction_id"),
              in.string("id_tag"),
              in.i64("start"),
              in.i64("meter_start_wh"));
      case SETTLE_CHARGING ->
          new SettleCharging(
              in.string("charge_point_id"),
              in.i32("transaction_id"),
              in.i64("stop"),
              in.i64("meter_stop_wh"),
              Price.microsPerKwh(in.i64("network_fee")),
              in.string("reason"));
      case FEEDER_CHARGING -> {
        String feeder = in.string("feeder");
        long from = in.i64("from");
        long headroom = in.i64("headroom_w");
        long minRate = in.i64("min_rate_w");
        long bonus = in.i64("bonus_per_kwh");
        int n = count(in, "limits", FeederCharging.MAX_LIMITS);
        List<ChargeLimit> limits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          limits.add(new ChargeLimit(in.string("charge_point_id"), in.i32("tx"), in.i64("limit")));
        }
        yield new FeederCharging(
            feeder, from, headroom, minRate, bonus, limits, in.string("reason"));
      }
      default -> throw new CodecException("not an EV charging payload type: " + type);
    };
  }

  private static int count(ByteReader in, String field, int max) {
    int n = in.i32(field);
    if (n < 0 || n > max) {
      throw new CodecException(field + " has " + n + " entries; the limit is " + max);
    }
    return n;
  }
}
