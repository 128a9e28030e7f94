package org.gridledger.grid.io;

import com.powsybl.matpower.model.MBranch;
import com.powsybl.matpower.model.MBus;
import com.powsybl.matpower.model.MGen;
import com.powsybl.matpower.model.MatpowerModel;
import java.util.ArrayList;
import java.util.List;
import org.gridledger.grid.GridModelException;

/**
 * Reads a MATPOWER case file in its text form (".m", version 2: {@code mpc.baseMVA}, {@code
 * mpc.bus}, {@code mpc.gen}, {@code mpc.branch}) into PowSyBl's MATPOWER model, which PowSyBl's
 * importer then converts (it reads only the binary ".mat" form). Errors name the file and line.
 */
final class MatpowerCaseParser {
  private final String file;
  private final String[] lines;

  private MatpowerCaseParser(String file, String text) {
    this.file = file;
    this.lines = text.split("\r?\n", -1);
  }

  static MatpowerModel parse(String file, String text) {
    return new MatpowerCaseParser(file, text).parse();
  }

  private MatpowerModel parse() {
    MatpowerModel model = new MatpowerModel(file.replaceAll("\\.m$", ""));
    model.setBaseMva(100);
    model.setVersion(com.powsybl.matpower.model.MatpowerFormatVersion.V2);
    for (int i = 0; i < lines.length; i++) {
      String line = strip(lines[i]);
      if (line.startsWith("mpc.baseMVA")) {
        model.setBaseMva(number(line.substring(line.indexOf('=') + 1).replace(";", "").trim(), i));
      } else if (line.matches("mpc\\.(bus|gen|branch)\\s*=\\s*\\[.*")) {
        String table = line.substring(4, line.indexOf('=')).trim();
        List<double[]> rows = new ArrayList<>();
        i = matrix(i, rows);
        for (double[] r : rows) {
          switch (table) {
            case "bus" -> model.addBus(bus(r));
            case "gen" -> model.addGenerator(gen(r));
            default -> model.addBranch(branch(r));
          }
        }
      }
    }
    if (model.getBuses().isEmpty() || model.getBranches().isEmpty()) {
      throw new GridModelException(file + ": no mpc.bus or mpc.branch matrix found");
    }
    return model;
  }

  private int matrix(int start, List<double[]> rows) {
    String first = strip(lines[start]);
    StringBuilder body = new StringBuilder(first.substring(first.indexOf('[') + 1));
    int i = start;
    int[] lineOfRow = new int[1];
    while (body.indexOf("]") < 0) {
      i++;
      if (i >= lines.length) {
        throw new GridModelException(file + ":" + (start + 1) + ": matrix not closed by ']'");
      }
      parseRows(body.toString(), rows, lineOfRow, i - 1);
      body.setLength(0);
      body.append(strip(lines[i]));
    }
    parseRows(body.substring(0, body.indexOf("]")), rows, lineOfRow, i);
    return i;
  }

  private void parseRows(String text, List<double[]> rows, int[] unused, int lineNo) {
    for (String row : text.split(";")) {
      String r = row.trim();
      if (r.isEmpty()) {
        continue;
      }
      String[] cells = r.split("[\\s,]+");
      double[] values = new double[cells.length];
      for (int c = 0; c < cells.length; c++) {
        values[c] = number(cells[c], lineNo);
      }
      rows.add(values);
    }
  }

  private double number(String s, int lineNo) {
    try {
      return Double.parseDouble(s.equalsIgnoreCase("Inf") ? "Infinity" : s);
    } catch (NumberFormatException e) {
      throw new GridModelException(file + ":" + (lineNo + 1) + ": not a number: '" + s + "'");
    }
  }

  private static String strip(String line) {
    int c = line.indexOf('%');
    return (c >= 0 ? line.substring(0, c) : line).trim();
  }

  private double[] need(double[] r, int columns, String table) {
    if (r.length < columns) {
      throw new GridModelException(
          file
              + ": mpc."
              + table
              + " row starting "
              + (int) r[0]
              + " has "
              + r.length
              + " columns, needs "
              + columns);
    }
    return r;
  }

  private MBus bus(double[] r) {
    need(r, 13, "bus");
    MBus b = new MBus();
    b.setNumber((int) r[0]);
    b.setType(MBus.Type.fromInt((int) r[1]));
    b.setRealPowerDemand(r[2]);
    b.setReactivePowerDemand(r[3]);
    b.setShuntConductance(r[4]);
    b.setShuntSusceptance(r[5]);
    b.setAreaNumber((int) r[6]);
    b.setVoltageMagnitude(r[7]);
    b.setVoltageAngle(r[8]);
    b.setBaseVoltage(r[9]);
    b.setLossZone((int) r[10]);
    b.setMaximumVoltageMagnitude(r[11]);
    b.setMinimumVoltageMagnitude(r[12]);
    return b;
  }

  private MGen gen(double[] r) {
    need(r, 10, "gen");
    MGen g = new MGen();
    g.setNumber((int) r[0]);
    g.setRealPowerOutput(r[1]);
    g.setReactivePowerOutput(r[2]);
    g.setMaximumReactivePowerOutput(r[3]);
    g.setMinimumReactivePowerOutput(r[4]);
    g.setVoltageMagnitudeSetpoint(r[5]);
    g.setTotalMbase(r[6]);
    g.setStatus((int) r[7]);
    g.setMaximumRealPowerOutput(r[8]);
    g.setMinimumRealPowerOutput(r[9]);
    return g;
  }

  private MBranch branch(double[] r) {
    need(r, 11, "branch");
    MBranch b = new MBranch();
    b.setFrom((int) r[0]);
    b.setTo((int) r[1]);
    b.setR(r[2]);
    b.setX(r[3]);
    b.setB(r[4]);
    b.setRateA(r[5]);
    b.setRateB(r[6]);
    b.setRateC(r[7]);
    b.setRatio(r[8]);
    b.setPhaseShiftAngle(r[9]);
    b.setStatus((int) r[10]);
    b.setAngMin(r.length > 11 ? r[11] : -360);
    b.setAngMax(r.length > 12 ? r[12] : 360);
    return b;
  }
}
