package org.gridledger.grid.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Ieee33Feeder;
import org.gridledger.grid.model.LvFeederGenerator;
import org.gridledger.grid.model.LvFeederSpec;

/**
 * Resolves a network argument: "ieee33", "lv" (generated from an {@link LvFeederSpec}) or a file by
 * extension: ".json" (the feeder JSON format), ".m" or ".mat" (MATPOWER), ".txt" or ".cdf" (IEEE
 * common data format).
 */
public final class NetworkLoader {
  private NetworkLoader() {}

  public static GridModel load(String network, LvFeederSpec lvSpec) {
    switch (network.toLowerCase(Locale.ROOT)) {
      case "ieee33" -> {
        return Ieee33Feeder.create();
      }
      case "lv" -> {
        return LvFeederGenerator.generate(lvSpec);
      }
      default -> {
        return file(Path.of(network));
      }
    }
  }

  public static GridModel file(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new GridModelException("network file not found: " + path + " (or use ieee33 or lv)");
    }
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      try {
        return FeederJson.parse(
            path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new GridModelException(path + ": cannot read: " + e.getMessage(), e);
      }
    }
    if (name.endsWith(".m") || name.endsWith(".mat")) {
      return MatpowerImport.read(path);
    }
    if (name.endsWith(".txt") || name.endsWith(".cdf")) {
      return IeeeCdfImport.read(path);
    }
    throw new GridModelException(
        path + ": unknown network format (expected .json, .m, .mat, .txt or .cdf)");
  }
}
