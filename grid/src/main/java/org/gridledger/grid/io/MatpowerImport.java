package org.gridledger.grid.io;

import com.powsybl.commons.datasource.DataSource;
import com.powsybl.iidm.network.Network;
import com.powsybl.iidm.network.NetworkFactory;
import com.powsybl.matpower.converter.MatpowerImporter;
import com.powsybl.matpower.model.MatpowerWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.model.GridModel;

/**
 * Imports a MATPOWER case through PowSyBl's MATPOWER importer: binary ".mat" files directly, text
 * ".m" case files after {@link MatpowerCaseParser}. Branch ratings come from rateA (MVA).
 */
public final class MatpowerImport {
  private MatpowerImport() {}

  public static GridModel read(Path file) {
    String name = file.getFileName().toString();
    try {
      if (name.endsWith(".m")) {
        var model = MatpowerCaseParser.parse(name, Files.readString(file, StandardCharsets.UTF_8));
        Path dir = Files.createTempDirectory("gridledger-matpower");
        try {
          Path mat = dir.resolve(name.substring(0, name.length() - 2) + ".mat");
          MatpowerWriter.write(model, mat, true);
          return importMat(mat, name);
        } finally {
          try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
              Files.deleteIfExists(p);
            }
          }
          Files.deleteIfExists(dir);
        }
      }
      return importMat(file, name);
    } catch (IOException e) {
      throw new GridModelException(name + ": cannot read MATPOWER case: " + e.getMessage(), e);
    }
  }

  private static GridModel importMat(Path mat, String name) {
    Network network;
    Properties properties = new Properties();
    properties.setProperty("matpower.import.ignore-base-voltage", "false");
    try {
      network =
          new MatpowerImporter()
              .importData(DataSource.fromPath(mat), NetworkFactory.findDefault(), properties);
    } catch (RuntimeException e) {
      throw new GridModelException(name + ": malformed MATPOWER case: " + e.getMessage(), e);
    }
    return IidmImport.toModel(network, name.replaceAll("\\.(m|mat)$", ""));
  }
}
