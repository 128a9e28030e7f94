package org.gridledger.metering.reading;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.gridledger.ledger.crypto.Signature;
import org.gridledger.ledger.units.Energy;

/**
 * The JSON form of a signed reading: {@code {"version": 1, "meter_id", "sequence", "time" (ISO-8601
 * UTC, millisecond precision), "import_wh", "export_wh", "signature" (base64 of the 64 bytes)}}.
 * The signature covers the canonical binary form of the same fields, never the JSON text.
 */
public final class ReadingJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReadingJson() {}

  public static ObjectNode write(SignedReading signed) {
    Reading r = signed.reading();
    return MAPPER
        .createObjectNode()
        .put("version", Reading.VERSION)
        .put("meter_id", r.meterId())
        .put("sequence", r.sequence())
        .put("time", Instant.ofEpochMilli(r.timestampMillis()).toString())
        .put("import_wh", r.importRegister().wh())
        .put("export_wh", r.exportRegister().wh())
        .put("signature", signed.signature().toBase64());
  }

  public static byte[] toBytes(SignedReading signed) {
    try {
      return MAPPER.writeValueAsBytes(write(signed));
    } catch (IOException e) {
      throw new IllegalStateException("cannot render a reading as JSON", e);
    }
  }

  /** Parses one JSON document holding one reading; see {@link #read(JsonNode)}. */
  public static SignedReading parse(byte[] json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a JSON document: " + firstLine(e.getMessage()), e);
    }
    if (node == null) {
      throw new IllegalArgumentException("empty payload");
    }
    return read(node);
  }

  /**
   * Reads a reading.
   *
   * @throws SignedReading.UnsupportedVersionException if {@code version} is not 1
   * @throws IllegalArgumentException naming the missing or invalid field
   */
  public static SignedReading read(JsonNode in) {
    if (!in.isObject()) {
      throw new IllegalArgumentException("a reading is a JSON object");
    }
    long version = number(in, "version");
    if (version != Reading.VERSION) {
      throw new SignedReading.UnsupportedVersionException((int) Math.min(version, 255));
    }
    Reading reading =
        new Reading(
            text(in, "meter_id"),
            number(in, "sequence"),
            time(in),
            Energy.wh(number(in, "import_wh")),
            Energy.wh(number(in, "export_wh")));
    byte[] sig;
    try {
      sig = Base64.getDecoder().decode(text(in, "signature"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"signature\" is not base64", e);
    }
    if (sig.length != Signature.SIZE) {
      throw new IllegalArgumentException("\"signature\" must hold 64 bytes, not " + sig.length);
    }
    return new SignedReading(reading, Signature.wrap(sig));
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static String text(JsonNode in, String field) {
    JsonNode node = in.get(field);
    if (node == null || !node.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    return node.asText();
  }

  private static long number(JsonNode in, String field) {
    JsonNode node = in.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a whole number");
    }
    return node.asLong();
  }

  private static long time(JsonNode in) {
    String text = text(in, "time");
    try {
      Instant instant = Instant.parse(text);
      if (instant.getNano() % 1_000_000 != 0) {
        throw new IllegalArgumentException("\"time\" has a precision finer than a millisecond");
      }
      return instant.toEpochMilli();
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException("\"time\" is not an ISO-8601 UTC time: " + text, e);
    }
  }
}
