package org.gridledger.sim.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a scenario from a JSON or YAML file ({@code .json}, {@code .yaml}, {@code .yml}) or a
 * built-in name ({@link #BUILT_IN}). Every key is optional and has a default (see sim/README.md);
 * unknown keys, values of the wrong type, impossible values (negative kWp, a departure before the
 * arrival, …) are refused with a {@link ScenarioException} naming the file, the key and the reason,
 * before anything runs.
 */
public final class ScenarioReader {
  /** The built-in scenarios, by name. */
  public static final List<String> BUILT_IN = List.of("small", "lv-100", "lv-1000", "demo");

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory()).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private ScenarioReader() {}

  /** A built-in name or a file path. */
  public static Scenario load(String nameOrFile) {
    if (BUILT_IN.contains(nameOrFile)) {
      return builtIn(nameOrFile);
    }
    Path file = Path.of(nameOrFile);
    if (!Files.isRegularFile(file)) {
      throw new ScenarioException(
          nameOrFile, "", "no such file, nor a built-in scenario " + BUILT_IN);
    }
    try {
      return read(file.toString(), Files.readString(file), isYaml(file.toString()), file);
    } catch (IOException e) {
      throw new ScenarioException(file.toString(), "", "cannot be read: " + e.getMessage());
    }
  }

  public static Scenario builtIn(String name) {
    String resource = "/org/gridledger/sim/scenarios/" + name + ".yaml";
    try (InputStream in = ScenarioReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ScenarioException(name, "", "no such built-in scenario " + BUILT_IN);
      }
      return read(
          "built-in " + name,
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
          true,
          null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Parses {@code text}; {@code file} (may be null) resolves a relative network path. */
  public static Scenario read(String source, String text, boolean yaml, Path file) {
    JsonNode root;
    try {
      root = (yaml ? YAML : JSON).readTree(text);
    } catch (JsonProcessingException e) {
      throw new ScenarioException(
          source,
          "",
          "not valid " + (yaml ? "YAML" : "JSON") + ": " + e.getOriginalMessage() + locate(e));
    }
    if (root == null || root.isMissingNode()) {
      throw new ScenarioException(source, "", "is empty");
    }
    Section top =
        new Section(
            source,
            "",
            root,
            Set.of(
                "name",
                "start",
                "days",
                "interval_minutes",
                "seed",
                "feeder",
                "households",
                "pv",
                "batteries",
                "evs",
                "market",
                "demand_response"));
    try {
      return scenario(top, file);
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(source, "", e.getMessage());
    }
  }

  private static Scenario scenario(Section top, Path file) {
    int days = (int) top.whole("days", 1, 1, 366);
    int minutes = (int) top.whole("interval_minutes", 15, 5, 1440);
    if (1440 % minutes != 0) {
      throw top.fail("interval_minutes", "must divide a day (1440 minutes), not " + minutes);
    }
    LocalDate start;
    try {
      start = LocalDate.parse(top.text("start", "2026-06-01"));
    } catch (DateTimeParseException e) {
      throw top.fail("start", "must be a date YYYY-MM-DD");
    }
    List<DrEvent> events = new ArrayList<>();
    for (Section s :
        top.sections(
            "demand_response",
            Set.of("day", "from", "to", "reduction", "share", "reward_per_kwh"))) {
      events.add(event(s, days));
    }
    return new Scenario(
        top.text("name", "scenario"),
        start,
        days,
        minutes,
        top.whole("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE),
        feeder(
            top.sectionOrEmpty(
                "feeder",
                Set.of("network", "feeders", "houses_per_feeder", "transformer_kva", "length_m")),
            file),
        households(
            top.sectionOrEmpty("households", Set.of("count", "annual_kwh", "spread", "buses"))),
        pv(
            top.sectionOrEmpty(
                "pv",
                Set.of("share", "kwp_min", "kwp_max", "latitude", "longitude", "cloudiness"))),
        batteries(top.sectionOrEmpty("batteries", Set.of("share", "capacity_kwh", "power_kw"))),
        evs(
            top.sectionOrEmpty(
                "evs",
                Set.of(
                    "share",
                    "battery_kwh",
                    "charge_kw",
                    "arrival_hour",
                    "arrival_sd",
                    "departure_hour",
                    "departure_sd",
                    "trip_kwh",
                    "trip_sd",
                    "steering"))),
        market(
            top.sectionOrEmpty(
                "market",
                Set.of(
                    "import_per_kwh",
                    "feed_in_per_kwh",
                    "max_network_fee_per_kwh",
                    "pay_as_bid",
                    "agent"))),
        events);
  }

  private static FeederSpec feeder(Section s, Path file) {
    String network = s.text("network", "lv");
    if (!network.equals("lv") && !network.equals("ieee33")) {
      Path path =
          file == null ? Path.of(network) : file.toAbsolutePath().getParent().resolve(network);
      if (!Files.isRegularFile(path)) {
        throw s.fail("network", "must be lv, ieee33 or a network file; no file " + path);
      }
      network = path.toString();
    }
    return new FeederSpec(
        network,
        (int) s.whole("feeders", 3, 1, 100),
        (int) s.whole("houses_per_feeder", 30, 1, 1000),
        s.number("transformer_kva", 400, 1, 1e6),
        s.number("length_m", 300, 1, 1e5));
  }

  private static HouseholdSpec households(Section s) {
    HouseholdSpec h =
        new HouseholdSpec(
            (int) s.whole("count", 10, 1, 100_000),
            s.number("annual_kwh", 3500, 1, 1e6),
            s.number("spread", 0.3, 0, 1),
            s.texts("buses"));
    if (!h.buses().isEmpty() && h.buses().size() != h.count()) {
      throw s.fail(
          "buses", "lists " + h.buses().size() + " buses for " + h.count() + " households");
    }
    return h;
  }

  private static PvSpec pv(Section s) {
    double min = s.number("kwp_min", 3, 0, 1e4);
    double max = s.number("kwp_max", 8, 0, 1e4);
    if (max < min) {
      throw s.fail("kwp_max", "must not be below kwp_min (" + min + ")");
    }
    return new PvSpec(
        s.number("share", 0.4, 0, 1),
        min,
        max,
        s.number("latitude", 48.1, -90, 90),
        s.number("longitude", 11.6, -180, 180),
        s.number("cloudiness", 0.3, 0, 1));
  }

  private static BatterySpec batteries(Section s) {
    return new BatterySpec(
        s.number("share", 0.3, 0, 1),
        s.number("capacity_kwh", 10, 0, 1e4),
        s.number("power_kw", 5, 0, 1e4));
  }

  private static EvSpec evs(Section s) {
    double arrival = s.number("arrival_hour", 18, 0, 24);
    double departure = s.number("departure_hour", 31.5, 0, 48);
    if (!(departure > arrival)) {
      throw s.fail(
          "departure_hour",
          "departure "
              + departure
              + " h is not after the arrival "
              + arrival
              + " h (hours after the arrival day's midnight; 31.5 is 07:30 the next day)");
    }
    return new EvSpec(
        s.number("share", 0.3, 0, 1),
        s.number("battery_kwh", 60, 0.1, 1e4),
        s.number("charge_kw", 11, 0.1, 1e3),
        arrival,
        s.number("arrival_sd", 1.5, 0, 12),
        departure,
        s.number("departure_sd", 1, 0, 12),
        s.number("trip_kwh", 8, 0, 1e3),
        s.number("trip_sd", 3, 0, 1e3),
        s.choice("steering", "price", Set.of("none", "price")));
  }

  private static MarketSpec market(Section s) {
    long imp = s.whole("import_per_kwh", 300_000, 0, 1_000_000_000);
    long feedIn = s.whole("feed_in_per_kwh", 80_000, 0, 1_000_000_000);
    if (feedIn > imp) {
      throw s.fail("feed_in_per_kwh", "must not exceed import_per_kwh (" + imp + ")");
    }
    return new MarketSpec(
        imp,
        feedIn,
        s.whole("max_network_fee_per_kwh", 40_000, 0, 1_000_000_000),
        s.flag("pay_as_bid", false),
        s.choice("agent", "price_taker", Set.of("price_taker", "zic")));
  }

  private static DrEvent event(Section s, int days) {
    int day = (int) s.whole("day", 1, 1, 366);
    if (day > days) {
      throw s.fail("day", "day " + day + " is beyond the " + days + " simulated day(s)");
    }
    int from = minuteOfDay(s, "from", "18:00");
    int to = minuteOfDay(s, "to", "20:00");
    if (to <= from) {
      throw s.fail("to", "must be after from");
    }
    return new DrEvent(
        day,
        from,
        to,
        s.number("reduction", 0.2, 0, 1),
        s.number("share", 1, 0, 1),
        s.whole("reward_per_kwh", 200_000, 0, 1_000_000_000));
  }

  private static int minuteOfDay(Section s, String key, String fallback) {
    String t = s.text(key, fallback);
    if (t.equals("24:00")) {
      return 1440;
    }
    try {
      LocalTime time = LocalTime.parse(t);
      return time.getHour() * 60 + time.getMinute();
    } catch (DateTimeParseException e) {
      throw s.fail(key, "must be a time HH:MM, not \"" + t + "\"");
    }
  }

  private static boolean isYaml(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  private static String locate(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }
}
