package org.gridledger.grid.io;

import com.powsybl.commons.datasource.DataSource;
import com.powsybl.ieeecdf.converter.IeeeCdfImporter;
import com.powsybl.iidm.network.Network;
import com.powsybl.iidm.network.NetworkFactory;
import java.nio.file.Path;
import java.util.Properties;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.model.GridModel;

/** Imports an IEEE common data format file (".txt" or ".cdf") through PowSyBl's importer. */
public final class IeeeCdfImport {
  private IeeeCdfImport() {}

  public static GridModel read(Path file) {
    String name = file.getFileName().toString();
    Network network;
    try {
      network =
          new IeeeCdfImporter()
              .importData(
                  DataSource.fromPath(file), NetworkFactory.findDefault(), new Properties());
    } catch (RuntimeException e) {
      throw new GridModelException(name + ": malformed IEEE CDF file: " + e.getMessage(), e);
    }
    return IidmImport.toModel(network, name.replaceAll("\\.(txt|cdf)$", ""));
  }
}
