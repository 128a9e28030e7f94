package org.gridledger.node.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.tx.BookCharging;
import org.gridledger.ledger.tx.CancelBooking;
import org.gridledger.ledger.tx.CancelDrEvent;
import org.gridledger.ledger.tx.CancelOrder;
import org.gridledger.ledger.tx.ClearInterval;
import org.gridledger.ledger.tx.CloseBooking;
import org.gridledger.ledger.tx.CreateDrEvent;
import org.gridledger.ledger.tx.Deposit;
import org.gridledger.ledger.tx.DeviceType;
import org.gridledger.ledger.tx.DrOptIn;
import org.gridledger.ledger.tx.DrOptOut;
import org.gridledger.ledger.tx.FeederCharging;
import org.gridledger.ledger.tx.GridVerdict;
import org.gridledger.ledger.tx.MeterKind;
import org.gridledger.ledger.tx.Payload;
import org.gridledger.ledger.tx.PayloadType;
import org.gridledger.ledger.tx.PlaceOrder;
import org.gridledger.ledger.tx.RegisterChargePoint;
import org.gridledger.ledger.tx.RegisterDevice;
import org.gridledger.ledger.tx.RegisterFlexResource;
import org.gridledger.ledger.tx.RegisterMeter;
import org.gridledger.ledger.tx.RegisterParticipant;
import org.gridledger.ledger.tx.Role;
import org.gridledger.ledger.tx.RotatePseudonym;
import org.gridledger.ledger.tx.SetGridTopology;
import org.gridledger.ledger.tx.SetMarketRules;
import org.gridledger.ledger.tx.SettleCharging;
import org.gridledger.ledger.tx.SettleDrEvent;
import org.gridledger.ledger.tx.SettleInterval;
import org.gridledger.ledger.tx.StartCharging;
import org.gridledger.ledger.tx.Transfer;
import org.gridledger.ledger.tx.Withdraw;
import org.gridledger.ledger.units.Money;

/**
 * The JSON form of every payload: {@code {"type": "transfer", ...fields}} with keys in hex, money
 * in micro-units ({@code amount_micros}) and roles and device types in lower case.
 */
public final class PayloadJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PayloadJson() {}

  public static ObjectNode write(Payload payload) {
    ObjectNode out = NODES.objectNode().put("type", payload.type().jsonName());
    switch (payload) {
      case RegisterParticipant p -> {
        out.put("key", p.key().toHex()).put("name", p.name());
        var roles = out.putArray("roles");
        EnumSet.copyOf(p.roles()).forEach(r -> roles.add(r.name().toLowerCase(Locale.ROOT)));
      }
      case RegisterDevice d ->
          out.put("device_id", d.deviceId())
              .put("key", d.key().toHex())
              .put("device_type", d.deviceType().name().toLowerCase(Locale.ROOT))
              .put("owner", d.owner().toHex())
              .put("bus", d.bus());
      case Transfer t ->
          out.put("to", t.to().toHex())
              .put("amount_micros", t.amount().micros())
              .put("memo", t.memo());
      case Deposit d ->
          out.put("to", d.to().toHex())
              .put("amount_micros", d.amount().micros())
              .put("reference", d.reference());
      case Withdraw w ->
          out.put("from", w.from().toHex())
              .put("amount_micros", w.amount().micros())
              .put("reference", w.reference());
      case SetMarketRules r -> MarketPayloadJson.write(r, out);
      case SetGridTopology t -> MarketPayloadJson.write(t, out);
      case PlaceOrder o -> MarketPayloadJson.write(o, out);
      case CancelOrder c -> out.put("order", c.order().toHex());
      case ClearInterval c -> MarketPayloadJson.interval(c.intervalStart(), out);
      case GridVerdict v -> MarketPayloadJson.write(v, out);
      case SettleInterval s -> MarketPayloadJson.write(s, out);
      case RegisterMeter m ->
          out.put("meter_id", m.meterId())
              .put("key", m.key().toHex())
              .put("owner", m.owner().toHex())
              .put("bus", m.bus())
              .put("kind", m.kind().name().toLowerCase(Locale.ROOT))
              .put("feeder", m.feeder());
      case RegisterFlexResource r -> FlexPayloadJson.write(r, out);
      case CreateDrEvent e -> FlexPayloadJson.write(e, out);
      case CancelDrEvent c -> FlexPayloadJson.write(c, out);
      case DrOptIn o -> FlexPayloadJson.write(o, out);
      case DrOptOut o -> FlexPayloadJson.write(o, out);
      case SettleDrEvent s -> FlexPayloadJson.write(s, out);
      case RegisterChargePoint c -> MobilityPayloadJson.write(c, out);
      case RotatePseudonym r -> MobilityPayloadJson.write(r, out);
      case BookCharging b -> MobilityPayloadJson.write(b, out);
      case CancelBooking c -> MobilityPayloadJson.write(c, out);
      case CloseBooking c -> MobilityPayloadJson.write(c, out);
      case StartCharging c -> MobilityPayloadJson.write(c, out);
      case SettleCharging c -> MobilityPayloadJson.write(c, out);
      case FeederCharging f -> MobilityPayloadJson.write(f, out);
    }
    return out;
  }

  /**
   * Reads a payload.
   *
   * @throws IllegalArgumentException naming the missing or invalid field
   */
  public static Payload read(JsonNode in) {
    PayloadType type = PayloadType.ofJsonName(text(in, "type"));
    return switch (type) {
      case REGISTER_PARTICIPANT ->
          new RegisterParticipant(key(in, "key"), text(in, "name"), roles(in));
      case REGISTER_DEVICE ->
          new RegisterDevice(
              text(in, "device_id"),
              key(in, "key"),
              enumOf(DeviceType.class, text(in, "device_type"), "device_type"),
              key(in, "owner"),
              text(in, "bus"));
      case TRANSFER -> new Transfer(key(in, "to"), money(in), optionalText(in, "memo"));
      case DEPOSIT -> new Deposit(key(in, "to"), money(in), text(in, "reference"));
      case WITHDRAW -> new Withdraw(key(in, "from"), money(in), text(in, "reference"));
      case SET_MARKET_RULES -> new SetMarketRules(MarketPayloadJson.params(in.path("params")));
      case SET_GRID_TOPOLOGY -> MarketPayloadJson.topology(in);
      case PLACE_ORDER -> MarketPayloadJson.order(in);
      case CANCEL_ORDER -> MarketPayloadJson.cancel(in);
      case CLEAR_INTERVAL -> MarketPayloadJson.clear(in);
      case GRID_VERDICT -> MarketPayloadJson.verdict(in);
      case SETTLE_INTERVAL -> MarketPayloadJson.settlement(in);
      case REGISTER_METER ->
          new RegisterMeter(
              text(in, "meter_id"),
              key(in, "key"),
              key(in, "owner"),
              text(in, "bus"),
              enumOf(MeterKind.class, text(in, "kind"), "kind"),
              text(in, "feeder"));
      case REGISTER_FLEX_RESOURCE -> FlexPayloadJson.resource(in);
      case CREATE_DR_EVENT -> FlexPayloadJson.event(in);
      case CANCEL_DR_EVENT -> FlexPayloadJson.cancel(in);
      case DR_OPT_IN -> FlexPayloadJson.optIn(in);
      case DR_OPT_OUT -> FlexPayloadJson.optOut(in);
      case SETTLE_DR_EVENT -> FlexPayloadJson.settlement(in);
      case REGISTER_CHARGE_POINT,
          ROTATE_PSEUDONYM,
          BOOK_CHARGING,
          CANCEL_BOOKING,
          CLOSE_BOOKING,
          START_CHARGING,
          SETTLE_CHARGING,
          FEEDER_CHARGING ->
          MobilityPayloadJson.read(type, in);
    };
  }

  static String text(JsonNode in, String field) {
    JsonNode node = in.get(field);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return node.asText();
  }

  private static String optionalText(JsonNode in, String field) {
    return in.hasNonNull(field) ? text(in, field) : "";
  }

  static PublicKey key(JsonNode in, String field) {
    try {
      return PublicKey.fromHex(text(in, field));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + field + "\": " + e.getMessage(), e);
    }
  }

  private static Money money(JsonNode in) {
    JsonNode node = in.get("amount_micros");
    if (node == null || !node.canConvertToExactIntegral() || !node.canConvertToLong()) {
      throw new IllegalArgumentException("\"amount_micros\" must be a whole number of micro-units");
    }
    return Money.micros(node.asLong());
  }

  private static Set<Role> roles(JsonNode in) {
    JsonNode node = in.get("roles");
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException("\"roles\" must be an array of role names");
    }
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    node.forEach(r -> roles.add(enumOf(Role.class, r.asText(), "roles")));
    return roles;
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String name, String field) {
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"" + field + "\": unknown value \"" + name + "\"", e);
    }
  }
}
