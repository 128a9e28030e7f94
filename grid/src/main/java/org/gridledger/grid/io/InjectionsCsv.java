package org.gridledger.grid.io;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;

/**
 * Net injections per bus as CSV: one line {@code bus,p_w[,q_var]} per bus, generation positive and
 * consumption negative, in W and var. Blank lines, lines starting with '#' and a header line
 * starting with "bus" are skipped. A bus listed twice is an error; so is an unknown bus.
 */
public final class InjectionsCsv {
  private InjectionsCsv() {}

  public static Map<String, Injection> parse(String source, String csv, GridModel model) {
    Map<String, Injection> out = new LinkedHashMap<>();
    String[] lines = csv.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].trim();
      if (line.isEmpty()
          || line.startsWith("#")
          || (i == 0 && line.toLowerCase(java.util.Locale.ROOT).startsWith("bus"))) {
        continue;
      }
      String at = source + ":" + (i + 1);
      String[] cells = line.split("\\s*,\\s*");
      if (cells.length < 2 || cells.length > 3) {
        throw new GridModelException(at + ": expected bus,p_w[,q_var], got '" + line + "'");
      }
      String bus = cells[0];
      if (model.buses().stream().noneMatch(b -> b.id().equals(bus))) {
        throw new GridModelException(at + ": unknown bus " + bus);
      }
      Injection inj =
          new Injection(number(cells[1], at), cells.length == 3 ? number(cells[2], at) : 0);
      if (out.put(bus, inj) != null) {
        throw new GridModelException(at + ": bus " + bus + " listed twice");
      }
    }
    return out;
  }

  private static double number(String s, String at) {
    try {
      double v = Double.parseDouble(s);
      if (!Double.isFinite(v)) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new GridModelException(at + ": not a finite number: '" + s + "'");
    }
  }
}
