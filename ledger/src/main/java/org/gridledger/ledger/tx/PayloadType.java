package org.gridledger.ledger.tx;

import org.gridledger.ledger.codec.CodecException;

/** The stable numeric tag of each payload type in the canonical encoding; never renumber. */
public enum PayloadType {
  REGISTER_PARTICIPANT(1, "register_participant"),
  REGISTER_DEVICE(2, "register_device"),
  TRANSFER(3, "transfer"),
  DEPOSIT(4, "deposit"),
  WITHDRAW(5, "withdraw"),
  // the market: codes 20 to 39
  SET_MARKET_RULES(20, "set_market_rules"),
  SET_GRID_TOPOLOGY(21, "set_grid_topology"),
  PLACE_ORDER(22, "place_order"),
  CANCEL_ORDER(23, "cancel_order"),
  CLEAR_INTERVAL(24, "clear_interval"),
  GRID_VERDICT(25, "grid_verdict"),
  SETTLE_INTERVAL(26, "settle_interval"),
  // metering: codes 40 to 59
  REGISTER_METER(40, "register_meter"),
  // EV charging: codes 60 to 79
  REGISTER_CHARGE_POINT(60, "register_charge_point"),
  ROTATE_PSEUDONYM(61, "rotate_pseudonym"),
  BOOK_CHARGING(62, "book_charging"),
  CANCEL_BOOKING(63, "cancel_booking"),
  CLOSE_BOOKING(64, "close_booking"),
  START_CHARGING(65, "start_charging"),
  SETTLE_CHARGING(66, "settle_charging"),
  FEEDER_CHARGING(67, "feeder_charging"),
  // demand response: codes 80 to 99
  REGISTER_FLEX_RESOURCE(80, "register_flex_resource"),
  CREATE_DR_EVENT(81, "create_dr_event"),
  CANCEL_DR_EVENT(82, "cancel_dr_event"),
  DR_OPT_IN(83, "dr_opt_in"),
  DR_OPT_OUT(84, "dr_opt_out"),
  SETTLE_DR_EVENT(85, "settle_dr_event");

  private final int code;
  private final String jsonName;

  PayloadType(int code, String jsonName) {
    this.code = code;
    this.jsonName = jsonName;
  }

  public int code() {
    return code;
  }

  /** The name of the type in JSON documents and the CLI. */
  public String jsonName() {
    return jsonName;
  }

  public static PayloadType ofCode(int code) {
    for (PayloadType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    throw new CodecException("unknown payload type " + code);
  }

  public static PayloadType ofJsonName(String name) {
    for (PayloadType type : values()) {
      if (type.jsonName.equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown payload type \"" + name + "\"");
  }
}
