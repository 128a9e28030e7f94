package org.gridledger.market.ledger;

import org.gridledger.ledger.codec.ByteReader;
import org.gridledger.ledger.codec.ByteWriter;
import org.gridledger.ledger.crypto.Hash;
import org.gridledger.ledger.crypto.PublicKey;

/**
 * A trade of a cleared interval: the pair of orders and parties, the energy cleared (Wh) at its
 * price (µ/kWh), and after the DSO's verdict the energy curtailed, its reason and the network fee
 * (µ/kWh); {@code firm} once the verdict (or the no-verdict policy) has spoken.
 */
public record TradeRecord(
    int index,
    Hash buyOrder,
    Hash sellOrder,
    PublicKey buyer,
    PublicKey seller,
    String buyerMeter,
    String sellerMeter,
    String buyerBus,
    String sellerBus,
    long energyWh,
    long pricePerKwh,
    long curtailedWh,
    long feePerKwh,
    String reason,
    boolean firm) {

  public long firmWh() {
    return energyWh - curtailedWh;
  }

  TradeRecord judged(long curtailed, long fee, String why) {
    return new TradeRecord(
        index,
        buyOrder,
        sellOrder,
        buyer,
        seller,
        buyerMeter,
        sellerMeter,
        buyerBus,
        sellerBus,
        energyWh,
        pricePerKwh,
        curtailed,
        fee,
        why,
        true);
  }

  byte[] encode() {
    return new ByteWriter(320)
        .i32(index)
        .hash(buyOrder)
        .hash(sellOrder)
        .key(buyer)
        .key(seller)
        .string(buyerMeter)
        .string(sellerMeter)
        .string(buyerBus)
        .string(sellerBus)
        .i64(energyWh)
        .i64(pricePerKwh)
        .i64(curtailedWh)
        .i64(feePerKwh)
        .string(reason)
        .bool(firm)
        .toBytes();
  }

  static TradeRecord decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    return new TradeRecord(
        in.i32("index"),
        in.hash("buy"),
        in.hash("sell"),
        in.key("buyer"),
        in.key("seller"),
        in.string("buyer meter"),
        in.string("seller meter"),
        in.string("buyer bus"),
        in.string("seller bus"),
        in.i64("energy"),
        in.i64("price"),
        in.i64("curtailed"),
        in.i64("fee"),
        in.string("reason"),
        in.bool("firm"));
  }
}
