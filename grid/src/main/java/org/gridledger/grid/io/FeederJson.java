package org.gridledger.grid.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.model.Branch;
import org.gridledger.grid.model.Bus;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.Line;
import org.gridledger.grid.model.Transformer;

/**
 * The JSON format for hand-made feeders (see grid/README.md): {@code name}, {@code source} {bus,
 * v_pu}, {@code buses} [{id, kv}], {@code lines} [{id, from, to, r_ohm, x_ohm, b_us?, rating_a}],
 * {@code transformers} [{id, from, to, r_ohm, x_ohm, rating_kva, ratio?}], {@code loads} [{bus,
 * p_w, q_var?}] (consumption positive) and {@code devices} {deviceId: bus}. Errors name the file
 * and the element or the line and column.
 */
public final class FeederJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FeederJson() {}

  public static GridModel parse(String source, String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      throw new GridModelException(
          source
              + ": malformed JSON at line "
              + (loc == null ? "?" : loc.getLineNr())
              + ", column "
              + (loc == null ? "?" : loc.getColumnNr())
              + ": "
              + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new GridModelException(source + ": a feeder must be a JSON object");
    }
    Fields f = new Fields(source);
    List<Bus> buses = new ArrayList<>();
    for (JsonNode b : f.array(root, "buses")) {
      buses.add(new Bus(f.text(b, "id", "bus"), f.number(b, "kv", "bus " + b.path("id").asText())));
    }
    List<Branch> branches = new ArrayList<>();
    for (JsonNode t : f.optionalArray(root, "transformers")) {
      String el = "transformer " + f.text(t, "id", "transformer");
      branches.add(
          new Transformer(
              t.get("id").asText(),
              f.text(t, "from", el),
              f.text(t, "to", el),
              f.number(t, "r_ohm", el),
              f.number(t, "x_ohm", el),
              f.number(t, "rating_kva", el),
              t.path("ratio").asDouble(1.0)));
    }
    for (JsonNode l : f.optionalArray(root, "lines")) {
      String el = "line " + f.text(l, "id", "line");
      branches.add(
          new Line(
              l.get("id").asText(),
              f.text(l, "from", el),
              f.text(l, "to", el),
              f.number(l, "r_ohm", el),
              f.number(l, "x_ohm", el),
              l.path("b_us").asDouble(0),
              f.number(l, "rating_a", el)));
    }
    Map<String, Injection> loads = new LinkedHashMap<>();
    for (JsonNode l : f.optionalArray(root, "loads")) {
      String bus = f.text(l, "bus", "load");
      loads.merge(
          bus,
          Injection.load(f.number(l, "p_w", "load at " + bus), l.path("q_var").asDouble(0)),
          Injection::plus);
    }
    Map<String, String> devices = new LinkedHashMap<>();
    root.path("devices").properties().forEach(e -> devices.put(e.getKey(), e.getValue().asText()));
    JsonNode src = root.path("source");
    try {
      return new GridModel(
          f.text(root, "name", "feeder"),
          buses,
          branches,
          f.text(src, "bus", "source"),
          src.path("v_pu").asDouble(1.0),
          loads,
          devices);
    } catch (GridModelException e) {
      throw new GridModelException(source + ": " + e.getMessage(), e);
    }
  }

  public static String write(GridModel model) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("name", model.name());
    root.putObject("source").put("bus", model.sourceBus()).put("v_pu", model.sourceVoltagePu());
    ArrayNode buses = root.putArray("buses");
    model.buses().forEach(b -> buses.addObject().put("id", b.id()).put("kv", b.nominalKv()));
    ArrayNode transformers = root.putArray("transformers");
    ArrayNode lines = root.putArray("lines");
    for (Branch br : model.branches()) {
      switch (br) {
        case Line l ->
            lines
                .addObject()
                .put("id", l.id())
                .put("from", l.fromBus())
                .put("to", l.toBus())
                .put("r_ohm", l.rOhm())
                .put("x_ohm", l.xOhm())
                .put("b_us", l.bMicroSiemens())
                .put("rating_a", l.ratingA());
        case Transformer t ->
            transformers
                .addObject()
                .put("id", t.id())
                .put("from", t.fromBus())
                .put("to", t.toBus())
                .put("r_ohm", t.rOhm())
                .put("x_ohm", t.xOhm())
                .put("rating_kva", t.ratedKva())
                .put("ratio", t.ratio());
      }
    }
    ArrayNode loads = root.putArray("loads");
    model
        .baseInjections()
        .forEach(
            (bus, inj) ->
                loads.addObject().put("bus", bus).put("p_w", -inj.pW()).put("q_var", -inj.qVar()));
    ObjectNode devices = root.putObject("devices");
    model.devices().forEach(devices::put);
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Fields(String source) {
    Iterable<JsonNode> array(JsonNode root, String name) {
      JsonNode a = root.get(name);
      if (a == null || !a.isArray()) {
        throw new GridModelException(source + ": '" + name + "' must be an array");
      }
      return a;
    }

    Iterable<JsonNode> optionalArray(JsonNode root, String name) {
      return root.has(name) ? array(root, name) : List.of();
    }

    String text(JsonNode n, String field, String element) {
      JsonNode v = n.get(field);
      if (v == null || !v.isValueNode() || v.asText().isBlank()) {
        throw new GridModelException(source + ": " + element + ": missing '" + field + "'");
      }
      return v.asText();
    }

    double number(JsonNode n, String field, String element) {
      JsonNode v = n.get(field);
      if (v == null || !v.isNumber()) {
        throw new GridModelException(
            source + ": " + element + ": '" + field + "' must be a number");
      }
      return v.asDouble();
    }
  }
}
