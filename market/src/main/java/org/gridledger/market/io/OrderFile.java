package org.gridledger.market.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gridledger.market.order.Order;
import org.gridledger.market.order.Side;

/**
 * Reads an order file:
 *
 * <pre>{"orders": [{"id": "o1", "side": "buy", "participant": "p1", "bus": "12",
 *   "energy_wh": 1500, "price_per_kwh": 210000, "time": "2026-01-01T10:02:00Z"}]}</pre>
 *
 * Every field is required; {@code energy_wh} and {@code price_per_kwh} are whole numbers, {@code
 * bus} a string or a whole number, {@code time} ISO-8601. Unknown fields are ignored. Values are
 * only parsed here: their bounds are checked by {@link org.gridledger.market.order.OrderValidator}.
 */
public final class OrderFile {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private OrderFile() {}

  /**
   * Reads the orders of {@code file}.
   *
   * @throws OrderFileException naming the file and the problem if it cannot be read or parsed
   */
  public static List<Order> read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new OrderFileException(file + ": no such file", e);
    } catch (IOException e) {
      throw new OrderFileException(file + ": cannot read: " + e, e);
    }
    return parse(text, file.toString());
  }

  /** Parses order-file text; {@code source} names it in error messages. */
  public static List<Order> parse(String json, String source) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new OrderFileException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new OrderFileException(source + ": expected a JSON object with an \"orders\" array");
    }
    JsonNode orders = root.get("orders");
    if (orders == null || !orders.isArray()) {
      throw new OrderFileException(source + ": \"orders\" must be an array");
    }
    List<Order> result = new ArrayList<>(orders.size());
    for (int i = 0; i < orders.size(); i++) {
      result.add(order(orders.get(i), source + ": orders[" + i + "]"));
    }
    return result;
  }

  private static Order order(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new OrderFileException(where + ": expected an object");
    }
    String sideText = text(node, "side", where);
    Side side =
        switch (sideText) {
          case "buy" -> Side.BUY;
          case "sell" -> Side.SELL;
          default ->
              throw new OrderFileException(
                  where + ".side: expected \"buy\" or \"sell\", was \"" + sideText + "\"");
        };
    try {
      return new Order(
          text(node, "id", where),
          side,
          text(node, "participant", where),
          bus(node, where),
          whole(node, "energy_wh", where),
          whole(node, "price_per_kwh", where),
          time(node, where));
    } catch (IllegalArgumentException e) {
      throw new OrderFileException(where + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode field(JsonNode node, String name, String where) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new OrderFileException(where + ": missing field \"" + name + "\"");
    }
    return value;
  }

  private static String text(JsonNode node, String name, String where) {
    JsonNode value = field(node, name, where);
    if (!value.isTextual()) {
      throw new OrderFileException(where + "." + name + ": expected a string, was " + value);
    }
    return value.textValue();
  }

  private static String bus(JsonNode node, String where) {
    JsonNode value = field(node, "bus", where);
    if (value.isIntegralNumber()) {
      return value.asText();
    }
    return text(node, "bus", where);
  }

  private static long whole(JsonNode node, String name, String where) {
    JsonNode value = field(node, name, where);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new OrderFileException(
          where + "." + name + ": expected a whole number within 64 bits, was " + value);
    }
    return value.longValue();
  }

  private static Instant time(JsonNode node, String where) {
    String value = text(node, "time", where);
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new OrderFileException(
          where
              + ".time: expected an ISO-8601 UTC time such as 2026-01-01T10:02:00Z, was \""
              + value
              + "\"",
          e);
    }
  }
}
