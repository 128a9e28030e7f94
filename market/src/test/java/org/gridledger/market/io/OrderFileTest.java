package org.gridledger.market.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.gridledger.market.order.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderFileTest {

  private static final String ONE =
      """
      {"orders": [{"id": "o1", "side": "buy", "participant": "p1", "bus": "12",
        "energy_wh": 1500, "price_per_kwh": 210000, "time": "2026-01-01T10:02:00Z"},
        {"id": "o2", "side": "sell", "participant": "p2", "bus": 7,
        "energy_wh": 900, "price_per_kwh": 150000, "time": "2026-01-01T10:03:00Z", "note": "x"}]}
      """;

  @Test
  void readsTheOrdersOfAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("orders.json");
    Files.writeString(file, ONE);

    assertThat(OrderFile.read(file))
        .containsExactly(
            Order.buy("o1", "p1", "12", 1500, 210_000, Instant.parse("2026-01-01T10:02:00Z")),
            Order.sell("o2", "p2", "7", 900, 150_000, Instant.parse("2026-01-01T10:03:00Z")));
  }

  @Test
  void keepsZeroAndNegativeQuantitiesForTheValidatorToRefuse() {
    List<Order> orders = OrderFile.parse(ONE.replace("1500", "-3"), "f");

    assertThat(orders.get(0).energyWh()).isEqualTo(-3);
  }

  @Test
  void namesTheFileWhenItIsMissing(@TempDir Path dir) {
    Path missing = dir.resolve("nope.json");

    assertThatThrownBy(() -> OrderFile.read(missing))
        .isInstanceOf(OrderFileException.class)
        .hasMessageStartingWith(missing.toString())
        .hasMessageContaining("no such file");
  }

  @Test
  void namesTheFileAndTheProblem() {
    assertProblem("{", "f.json: not valid JSON");
    assertProblem("[]", "f.json: expected a JSON object");
    assertProblem("{\"orders\": {}}", "f.json: \"orders\" must be an array");
    assertProblem("{\"orders\": [1]}", "f.json: orders[0]: expected an object");
    assertProblem(ONE.replace("\"side\": \"buy\"", "\"side\": \"bid\""), "orders[0].side");
    assertProblem(
        ONE.replace("\"participant\": \"p2\",", ""), "orders[1]: missing field \"participant\"");
    assertProblem(ONE.replace("1500", "1500.5"), "orders[0].energy_wh: expected a whole number");
    assertProblem(ONE.replace("1500", "1e30"), "orders[0].energy_wh");
    assertProblem(ONE.replace("210000", "99999999999999999999999"), "orders[0].price_per_kwh");
    assertProblem(ONE.replace("\"o1\"", "17"), "orders[0].id: expected a string");
    assertProblem(ONE.replace("2026-01-01T10:02:00Z", "yesterday"), "orders[0].time");
    assertProblem(ONE.replace("\"o1\"", "\"  \""), "orders[0]: order id must not be blank");
    assertProblem("{\"orders\": [], \"orders\": []}", "Duplicate field");
    assertProblem("{\"orders\": []} x", "f.json: not valid JSON");
  }

  private static void assertProblem(String json, String expected) {
    assertThatThrownBy(() -> OrderFile.parse(json, "f.json"))
        .isInstanceOf(OrderFileException.class)
        .hasMessageStartingWith("f.json")
        .hasMessageContaining(expected);
  }
}
