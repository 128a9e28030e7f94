package org.gridledger.market.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridledger.ledger.account.AccountId;
import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;
import org.gridledger.ledger.state.Key;
import org.gridledger.ledger.state.StateOverlay;
import org.gridledger.ledger.state.StateReader;
import org.gridledger.ledger.tx.MarketParams;
import org.gridledger.ledger.tx.OrderSide;
import org.gridledger.ledger.units.Price;

/**
 * The market's state, namespace {@code mkt}: its rules, orders, each interval's book (order ids by
 * arrival), stage and trades, and which side each participant took in an interval.
 */
public final class MarketState {
  static final String NAMESPACE = "mkt";

  private MarketState() {}

  private static Key key(String id) {
    return Key.of(NAMESPACE, id);
  }

  /** The escrow account of one order. */
  public static AccountId escrow(Hash order) {
    return AccountId.system("escrow/" + order.toHex());
  }

  public static MarketParams params(StateReader state) {
    byte[] bytes = state.get(key("params"));
    return bytes == null ? MarketParams.defaults() : decodeParams(bytes);
  }

  static void put(StateOverlay state, MarketParams params) {
    ByteWriter out =
        new ByteWriter(96)
            .i32(params.intervalMinutes())
            .i32(params.gateClosureMinutes())
            .i32(params.horizonHours())
            .bool(params.payAsBid())
            .i64(params.importPrice().microsPerKwh())
            .i64(params.feedInPrice().microsPerKwh())
            .i64(params.maxNetworkFee().microsPerKwh())
            .i64(params.minPrice().microsPerKwh())
            .i64(params.maxPrice().microsPerKwh())
            .i64(params.maxOrderWh())
            .bool(params.approveWithoutVerdict());
    state.put(key("params"), out.toBytes());
  }

  private static MarketParams decodeParams(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new MarketParams(
        in.i32("interval"),
        in.i32("gate"),
        in.i32("horizon"),
        in.bool("pay as bid"),
        Price.microsPerKwh(in.i64("import")),
        Price.microsPerKwh(in.i64("feed-in")),
        Price.microsPerKwh(in.i64("fee")),
        Price.microsPerKwh(in.i64("min")),
        Price.microsPerKwh(in.i64("max")),
        in.i64("max wh"),
        in.bool("approve"));
  }

  public static Optional<OrderRecord> order(StateReader state, Hash id) {
    byte[] bytes = state.get(key("order:" + id.toHex()));
    return bytes == null ? Optional.empty() : Optional.of(OrderRecord.decode(bytes));
  }

  static void put(StateOverlay state, OrderRecord order) {
    state.put(key("order:" + order.id().toHex()), order.encode());
  }

  public static IntervalRecord interval(StateReader state, long start) {
    byte[] bytes = state.get(key("interval:" + start));
    return bytes == null ? IntervalRecord.open(start) : IntervalRecord.decode(bytes);
  }

  static void put(StateOverlay state, IntervalRecord interval) {
    state.put(key("interval:" + interval.start()), interval.encode());
  }

  /** Adds an order to its interval's book. */
  static void enter(StateOverlay state, OrderRecord order) {
    IntervalRecord interval = interval(state, order.intervalStart());
    state.put(key("book:" + order.intervalStart() + ":" + interval.orders()), order.id().toBytes());
    put(state, interval.withOrders(interval.orders() + 1));
  }

  /** The interval's orders in arrival order, whatever their status. */
  public static List<OrderRecord> book(StateReader state, long start) {
    IntervalRecord interval = interval(state, start);
    List<OrderRecord> orders = new ArrayList<>(interval.orders());
    for (int i = 0; i < interval.orders(); i++) {
      Hash id = Hash.wrap(state.get(key("book:" + start + ":" + i)));
      orders.add(order(state, id).orElseThrow());
    }
    return orders;
  }

  public static List<TradeRecord> trades(StateReader state, long start) {
    IntervalRecord interval = interval(state, start);
    List<TradeRecord> trades = new ArrayList<>(interval.trades());
    for (int i = 0; i < interval.trades(); i++) {
      trades.add(TradeRecord.decode(state.get(key("trade:" + start + ":" + i))));
    }
    return trades;
  }

  static void put(StateOverlay state, long start, TradeRecord trade) {
    state.put(key("trade:" + start + ":" + trade.index()), trade.encode());
  }

  /** The side {@code participant} took in the interval, if it placed an open order. */
  static Optional<OrderSide> side(StateReader state, long start, PublicKey participant) {
    byte[] bytes = state.get(key("side:" + start + ":" + participant.toHex()));
    return bytes == null ? Optional.empty() : Optional.of(OrderSide.values()[bytes[0]]);
  }

  static void takeSide(StateOverlay state, long start, PublicKey participant, OrderSide side) {
    state.put(key("side:" + start + ":" + participant.toHex()), new byte[] {(byte) side.ordinal()});
  }
}
