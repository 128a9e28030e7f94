package org.gridledger.ledger.tx;

import java.util.ArrayList;
import java.util.List;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.codec.CodecException;
import org.gridledger.ledger.units.Energy;
import org.gridledger.ledger.units.Price;

/** The canonical encoding of the market's payloads (see {@link PayloadCodec}). */
final class MarketCodec {
  private static final int MAX_LIST = 50_000;

  private MarketCodec() {}

  static void write(MarketParams p, ByteWriter out) {
    out.i32(p.intervalMinutes())
        .i32(p.gateClosureMinutes())
        .i32(p.horizonHours())
        .bool(p.payAsBid())
        .i64(p.importPrice().microsPerKwh())
        .i64(p.feedInPrice().microsPerKwh())
        .i64(p.maxNetworkFee().microsPerKwh())
        .i64(p.minPrice().microsPerKwh())
        .i64(p.maxPrice().microsPerKwh())
        .i64(p.maxOrderWh())
        .bool(p.approveWithoutVerdict());
  }

  static MarketParams readParams(ByteReader in) {
    return new MarketParams(
        in.i32("interval_minutes"),
        in.i32("gate_closure_minutes"),
        in.i32("horizon_hours"),
        in.bool("pay_as_bid"),
        price(in, "import_price"),
        price(in, "feed_in_price"),
        price(in, "max_network_fee"),
        price(in, "min_price"),
        price(in, "max_price"),
        in.i64("max_order_wh"),
        in.bool("approve_without_verdict"));
  }

  static void write(SetGridTopology t, ByteWriter out) {
    out.i32(t.links().size());
    for (BusLink l : t.links()) {
      out.string(l.bus()).string(l.parent()).i64(l.milliohms());
    }
  }

  static SetGridTopology readTopology(ByteReader in) {
    int n = count(in, "links");
    List<BusLink> links = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      links.add(new BusLink(in.string("bus"), in.string("parent"), in.i64("milliohms")));
    }
    return new SetGridTopology(links);
  }

  static void write(PlaceOrder o, ByteWriter out) {
    out.i64(o.intervalStart())
        .u8(o.side().ordinal())
        .i64(o.energy().wh())
        .i64(o.limit().microsPerKwh())
        .string(o.meterId());
  }

  static PlaceOrder readOrder(ByteReader in) {
    long start = in.i64("interval_start");
    int side = in.u8("side");
    if (side > 1) {
      throw new CodecException("side must be 0 (buy) or 1 (sell)");
    }
    return new PlaceOrder(
        start,
        OrderSide.values()[side],
        Energy.wh(in.i64("energy_wh")),
        price(in, "price_per_kwh"),
        in.string("meter_id"));
  }

  static void write(GridVerdict v, ByteWriter out) {
    out.i64(v.intervalStart()).i32(v.trades().size());
    for (TradeVerdict t : v.trades()) {
      out.i32(t.tradeIndex())
          .i64(t.curtailed().wh())
          .i64(t.networkFee().microsPerKwh())
          .string(t.reason());
    }
  }

  static GridVerdict readVerdict(ByteReader in) {
    long start = in.i64("interval_start");
    int n = count(in, "trades");
    List<TradeVerdict> trades = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      trades.add(
          new TradeVerdict(
              in.i32("trade"),
              Energy.wh(in.i64("curtailed_wh")),
              price(in, "network_fee"),
              in.string("reason")));
    }
    return new GridVerdict(start, trades);
  }

  static void write(SettleInterval s, ByteWriter out) {
    out.i64(s.intervalStart()).i32(s.meters().size());
    for (MeterEnergy m : s.meters()) {
      out.string(m.meterId()).i64(m.imported().wh()).i64(m.exported().wh()).bool(m.estimated());
    }
  }

  static SettleInterval readSettlement(ByteReader in) {
    long start = in.i64("interval_start");
    int n = count(in, "meters");
    List<MeterEnergy> meters = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      meters.add(
          new MeterEnergy(
              in.string("meter_id"),
              Energy.wh(in.i64("import_wh")),
              Energy.wh(in.i64("export_wh")),
              in.bool("estimated")));
    }
    return new SettleInterval(start, meters);
  }

  private static int count(ByteReader in, String field) {
    int n = in.i32(field);
    if (n < 0 || n > MAX_LIST) {
      throw new CodecException(field + " has " + n + " entries; the limit is " + MAX_LIST);
    }
    return n;
  }

  private static Price price(ByteReader in, String field) {
    return Price.microsPerKwh(in.i64(field));
  }
}
