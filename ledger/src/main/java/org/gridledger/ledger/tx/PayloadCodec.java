package org.gridledger.ledger.tx;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.units.Money;

/** The canonical binary encoding of each payload, after its 16-bit type tag. */
final class PayloadCodec {
  private PayloadCodec() {}

  static void write(Payload payload, ByteWriter out) {
    out.u16(payload.type().code());
    switch (payload) {
      case RegisterParticipant p -> out.key(p.key()).string(p.name()).i32(Roles.toMask(p.roles()));
      case RegisterDevice d ->
          out.string(d.deviceId())
              .key(d.key())
              .u8(d.deviceType().ordinal())
              .key(d.owner())
              .string(d.bus());
      case Transfer t -> out.key(t.to()).i64(t.amount().micros()).string(t.memo());
      case Deposit d -> out.key(d.to()).i64(d.amount().micros()).string(d.reference());
      case Withdraw w -> out.key(w.from()).i64(w.amount().micros()).string(w.reference());
      case SetMarketRules r -> MarketCodec.write(r.params(), out);
      case SetGridTopology t -> MarketCodec.write(t, out);
      case PlaceOrder o -> MarketCodec.write(o, out);
      case CancelOrder c -> out.hash(c.order());
      case ClearInterval c -> out.i64(c.intervalStart());
      case GridVerdict v -> MarketCodec.write(v, out);
      case SettleInterval s -> MarketCodec.write(s, out);
      case RegisterMeter m ->
          out.string(m.meterId())
              .key(m.key())
              .key(m.owner())
              .string(m.bus())
              .u8(m.kind().ordinal())
              .string(m.feeder());
      case RegisterFlexResource r -> FlexCodec.write(r, out);
      case CreateDrEvent e -> FlexCodec.write(e, out);
      case CancelDrEvent c -> out.string(c.eventId()).string(c.reason());
      case DrOptIn o -> out.string(o.eventId()).string(o.meterId()).i64(o.committedW());
      case DrOptOut o -> out.string(o.eventId()).string(o.meterId());
      case SettleDrEvent s -> FlexCodec.write(s, out);
      case RegisterChargePoint c -> MobilityCodec.write(c, out);
      case RotatePseudonym r -> MobilityCodec.write(r, out);
      case BookCharging b -> MobilityCodec.write(b, out);
      case CancelBooking c -> MobilityCodec.write(c, out);
      case CloseBooking c -> MobilityCodec.write(c, out);
      case StartCharging c -> MobilityCodec.write(c, out);
      case SettleCharging c -> MobilityCodec.write(c, out);
      case FeederCharging f -> MobilityCodec.write(f, out);
    }
  }

  static Payload read(ByteReader in) {
    PayloadType type = PayloadType.ofCode(in.u16("payload type"));
    try {
      return switch (type) {
        case REGISTER_PARTICIPANT ->
            new RegisterParticipant(
                in.key("key"), in.string("name"), Roles.fromMask(in.i32("roles")));
        case REGISTER_DEVICE ->
            new RegisterDevice(
                in.string("device_id"),
                in.key("key"),
                deviceType(in.u8("device_type")),
                in.key("owner"),
                in.string("bus"));
        case TRANSFER -> new Transfer(in.key("to"), money(in), in.string("memo"));
        case DEPOSIT -> new Deposit(in.key("to"), money(in), in.string("reference"));
        case WITHDRAW -> new Withdraw(in.key("from"), money(in), in.string("reference"));
        case SET_MARKET_RULES -> new SetMarketRules(MarketCodec.readParams(in));
        case SET_GRID_TOPOLOGY -> MarketCodec.readTopology(in);
        case PLACE_ORDER -> MarketCodec.readOrder(in);
        case CANCEL_ORDER -> new CancelOrder(in.hash("order"));
        case CLEAR_INTERVAL -> new ClearInterval(in.i64("interval_start"));
        case GRID_VERDICT -> MarketCodec.readVerdict(in);
        case SETTLE_INTERVAL -> MarketCodec.readSettlement(in);
        case REGISTER_METER ->
            new RegisterMeter(
                in.string("meter_id"),
                in.key("key"),
                in.key("owner"),
                in.string("bus"),
                meterKind(in.u8("kind")),
                in.string("feeder"));
        case REGISTER_FLEX_RESOURCE -> FlexCodec.readResource(in);
        case CREATE_DR_EVENT -> FlexCodec.readEvent(in);
        case CANCEL_DR_EVENT -> new CancelDrEvent(in.string("event_id"), in.string("reason"));
        case DR_OPT_IN ->
            new DrOptIn(in.string("event_id"), in.string("meter_id"), in.i64("committed_w"));
        case DR_OPT_OUT -> new DrOptOut(in.string("event_id"), in.string("meter_id"));
        case SETTLE_DR_EVENT -> FlexCodec.readSettlement(in);
        case REGISTER_CHARGE_POINT,
            ROTATE_PSEUDONYM,
            BOOK_CHARGING,
            CANCEL_BOOKING,
            CLOSE_BOOKING,
            START_CHARGING,
            SETTLE_CHARGING,
            FEEDER_CHARGING ->
            MobilityCodec.read(type, in);
      };
    } catch (IllegalArgumentException e) {
      throw new CodecException(type.jsonName() + ": " + e.getMessage());
    }
  }

  private static Money money(ByteReader in) {
    return Money.micros(in.i64("amount"));
  }

  private static MeterKind meterKind(int ordinal) {
    MeterKind[] all = MeterKind.values();
    if (ordinal >= all.length) {
      throw new CodecException("unknown meter kind " + ordinal);
    }
    return all[ordinal];
  }

  private static DeviceType deviceType(int ordinal) {
    DeviceType[] all = DeviceType.values();
    if (ordinal >= all.length) {
      throw new CodecException("unknown device type " + ordinal);
    }
    return all[ordinal];
  }
}
