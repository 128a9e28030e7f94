package org.gridledger.sim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One object of a scenario file, read key by key: refuses keys it does not know and values of the
 * wrong type or out of range, each with the file, the full key path and the reason.
 */
final class Section {
  private final String source;
  private final String path;
  private final JsonNode node;

  Section(String source, String path, JsonNode node, Set<String> known) {
    this.source = source;
    this.path = path;
    this.node = node;
    if (!node.isObject()) {
      throw fail("", "must be an object");
    }
    Set<String> unknown = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!known.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      String first = unknown.iterator().next();
      throw fail(first, "unknown key (known: " + String.join(", ", new TreeSet<>(known)) + ")");
    }
  }

  String key(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  ScenarioException fail(String name, String reason) {
    return new ScenarioException(source, name.isEmpty() ? path : key(name), reason);
  }

  boolean has(String name) {
    return node.has(name) && !node.get(name).isNull();
  }

  double number(String name, double fallback, double min, double max) {
    if (!has(name)) {
      return fallback;
    }
    JsonNode v = node.get(name);
    if (!v.isNumber()) {
      throw fail(name, "must be a number, not " + v);
    }
    double d = v.asDouble();
    if (!(d >= min && d <= max)) {
      throw fail(name, "must be between " + plain(min) + " and " + plain(max) + ", not " + v);
    }
    return d;
  }

  long whole(String name, long fallback, long min, long max) {
    if (!has(name)) {
      return fallback;
    }
    JsonNode v = node.get(name);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw fail(name, "must be a whole number, not " + v);
    }
    long l = v.asLong();
    if (l < min || l > max) {
      throw fail(name, "must be between " + min + " and " + max + ", not " + l);
    }
    return l;
  }

  String text(String name, String fallback) {
    if (!has(name)) {
      return fallback;
    }
    JsonNode v = node.get(name);
    if (!v.isTextual() || v.asText().isBlank()) {
      throw fail(name, "must be a non-empty string, not " + v);
    }
    return v.asText();
  }

  String choice(String name, String fallback, Set<String> choices) {
    String t = text(name, fallback);
    if (!choices.contains(t)) {
      throw fail(name, "must be one of " + new TreeSet<>(choices) + ", not \"" + t + "\"");
    }
    return t;
  }

  boolean flag(String name, boolean fallback) {
    if (!has(name)) {
      return fallback;
    }
    JsonNode v = node.get(name);
    if (!v.isBoolean()) {
      throw fail(name, "must be true or false, not " + v);
    }
    return v.asBoolean();
  }

  Optional<Section> section(String name, Set<String> known) {
    return has(name)
        ? Optional.of(new Section(source, key(name), node.get(name), known))
        : Optional.empty();
  }

  Section sectionOrEmpty(String name, Set<String> known) {
    return section(name, known)
        .orElseGet(
            () ->
                new Section(
                    source,
                    key(name),
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                    known));
  }

  List<Section> sections(String name, Set<String> known) {
    List<Section> out = new ArrayList<>();
    if (!has(name)) {
      return out;
    }
    JsonNode v = node.get(name);
    if (!v.isArray()) {
      throw fail(name, "must be a list");
    }
    for (int i = 0; i < v.size(); i++) {
      out.add(new Section(source, key(name) + "[" + i + "]", v.get(i), known));
    }
    return out;
  }

  List<String> texts(String name) {
    List<String> out = new ArrayList<>();
    if (!has(name)) {
      return out;
    }
    JsonNode v = node.get(name);
    if (!v.isArray()) {
      throw fail(name, "must be a list of strings");
    }
    for (int i = 0; i < v.size(); i++) {
      JsonNode e = v.get(i);
      if (!e.isTextual() && !e.isIntegralNumber()) {
        throw new ScenarioException(source, key(name) + "[" + i + "]", "must be a string");
      }
      out.add(e.asText());
    }
    return out;
  }

  String source() {
    return source;
  }

  private static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
