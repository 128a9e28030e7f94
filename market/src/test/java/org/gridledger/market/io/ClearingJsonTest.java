package org.gridledger.market.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.gridledger.market.MarketRules;
import org.gridledger.market.PricingRule;
import org.gridledger.market.clearing.ClearingOutcome;
import org.gridledger.market.clearing.ElectricalDistance;
import org.gridledger.market.clearing.MarketClearing;
import org.junit.jupiter.api.Test;

class ClearingJsonTest {

  private static final String BOOK =
      """
      {"orders": [
        {"id": "o1", "side": "buy", "participant": "p1", "bus": "12",
         "energy_wh": 1500, "price_per_kwh": 210000, "time": "2026-01-01T10:02:00Z"},
        {"id": "o2", "side": "sell", "participant": "p2", "bus": "12",
         "energy_wh": 1000, "price_per_kwh": 150001, "time": "2026-01-01T10:01:00Z"},
        {"id": "o3", "side": "sell", "participant": "p3", "bus": "14",
         "energy_wh": 1000, "price_per_kwh": 0, "time": "2026-01-01T10:01:00Z"}]}
      """;

  private static JsonNode clear(String json, PricingRule rule) throws Exception {
    ClearingOutcome outcome =
        new MarketClearing(MarketRules.defaults().withRule(rule), ElectricalDistance.UNIFORM)
            .clear(OrderFile.parse(json, "book"));
    return new ObjectMapper().readTree(ClearingJson.write(outcome.result(), outcome.refused()));
  }

  @Test
  void writesTheDocumentOfMarketClear() throws Exception {
    JsonNode doc = clear(BOOK, PricingRule.PAY_AS_CLEAR);

    assertThat(doc.get("rule").asText()).isEqualTo("pay-as-clear");
    assertThat(doc.get("clearing_price_per_kwh").asLong()).isEqualTo(180_000);
    assertThat(doc.get("matched_energy_wh").asLong()).isEqualTo(1500);
    assertThat(doc.get("trades")).hasSize(2);
    JsonNode first = doc.get("trades").get(0);
    assertThat(first.get("buy").asText()).isEqualTo("o1");
    assertThat(first.get("sell").asText()).isEqualTo("o3");
    assertThat(first.get("energy_wh").asLong()).isEqualTo(1000);
    assertThat(first.get("price_per_kwh").asLong()).isEqualTo(180_000);
    assertThat(first.get("buyer_bus").asText()).isEqualTo("12");
    assertThat(first.get("seller_bus").asText()).isEqualTo("14");
    assertThat(first.get("value_micro").asLong()).isEqualTo(180_000);
    JsonNode second = doc.get("trades").get(1);
    assertThat(second.get("sell").asText()).isEqualTo("o2");
    assertThat(second.get("energy_wh").asLong()).isEqualTo(500);
    JsonNode unmatched = doc.get("unmatched").get(0);
    assertThat(unmatched.get("id").asText()).isEqualTo("o2");
    assertThat(unmatched.get("side").asText()).isEqualTo("sell");
    assertThat(unmatched.get("energy_wh").asLong()).isEqualTo(500);
    assertThat(doc.get("refused")).isEmpty();
  }

  @Test
  void writesANullPriceAndTheRefusals() throws Exception {
    String book = BOOK.replace("\"energy_wh\": 1500", "\"energy_wh\": 0");

    JsonNode doc = clear(book, PricingRule.PAY_AS_BID);

    assertThat(doc.get("rule").asText()).isEqualTo("pay-as-bid");
    assertThat(doc.get("clearing_price_per_kwh").isNull()).isTrue();
    assertThat(doc.get("trades")).isEmpty();
    assertThat(doc.get("unmatched")).hasSize(2);
    assertThat(doc.get("refused").get(0).get("id").asText()).isEqualTo("o1");
    assertThat(doc.get("refused").get(0).get("reason").asText()).isEqualTo("NON_POSITIVE_ENERGY");
    assertThat(doc.get("refused").get(0).get("message").asText()).contains("order o1");
  }

  @Test
  void listsFieldsInTheDocumentedOrder() {
    String text =
        ClearingJson.write(
            new MarketClearing(MarketRules.defaults(), ElectricalDistance.UNIFORM)
                .clear(List.of())
                .result(),
            List.of());

    assertThat(text.indexOf("\"rule\"")).isLessThan(text.indexOf("\"clearing_price_per_kwh\""));
    assertThat(text.indexOf("\"trades\"")).isLessThan(text.indexOf("\"unmatched\""));
  }
}
