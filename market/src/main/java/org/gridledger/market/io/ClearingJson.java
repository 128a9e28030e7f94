package org.gridledger.market.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.gridledger.market.clearing.ClearingResult;
import org.gridledger.market.clearing.Trade;
import org.gridledger.market.clearing.TradeValue;
import org.gridledger.market.clearing.Unmatched;
import org.gridledger.market.order.Refusal;

/**
 * Writes a clearing result as the JSON document of {@code gridledger market clear --json}:
 *
 * <pre>{"rule": "pay-as-clear", "clearing_price_per_kwh": 205000 | null,
 *  "matched_energy_wh": ..., "trades": [{"buy": "o1", "sell": "o2", "buyer": ..., "seller": ...,
 *  "buyer_bus": ..., "seller_bus": ..., "energy_wh": ..., "price_per_kwh": ..., "value_micro": ...,
 *  "value_residue_milli_micro": ...}], "unmatched": [{"id": ..., "side": ..., "participant": ...,
 *  "energy_wh": ...}], "refused": [{"id": ..., "reason": ..., "message": ...}]}</pre>
 */
public final class ClearingJson {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ClearingJson() {}

  /** The document for a result and the orders refused before clearing. */
  public static String write(ClearingResult result, List<Refusal> refused) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("rule", result.rule().externalName());
    if (result.clearingPricePerKwh().isPresent()) {
      root.put("clearing_price_per_kwh", result.clearingPricePerKwh().getAsLong());
    } else {
      root.putNull("clearing_price_per_kwh");
    }
    root.put("matched_energy_wh", result.matchedEnergyWh());
    ArrayNode trades = root.putArray("trades");
    for (Trade trade : result.trades()) {
      TradeValue value = trade.value();
      trades
          .addObject()
          .put("buy", trade.buyOrderId())
          .put("sell", trade.sellOrderId())
          .put("buyer", trade.buyer())
          .put("seller", trade.seller())
          .put("buyer_bus", trade.buyerBus())
          .put("seller_bus", trade.sellerBus())
          .put("energy_wh", trade.energyWh())
          .put("price_per_kwh", trade.pricePerKwh())
          .put("value_micro", value.microUnits())
          .put("value_residue_milli_micro", value.residueMilliMicros());
    }
    ArrayNode unmatched = root.putArray("unmatched");
    for (Unmatched u : result.unmatched()) {
      unmatched
          .addObject()
          .put("id", u.orderId())
          .put("side", u.side().externalName())
          .put("participant", u.participant())
          .put("energy_wh", u.energyWh());
    }
    ArrayNode refusals = root.putArray("refused");
    for (Refusal r : refused) {
      refusals
          .addObject()
          .put("id", r.orderId())
          .put("reason", r.reason().name())
          .put("message", r.message());
    }
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
