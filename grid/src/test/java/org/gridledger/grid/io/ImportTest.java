package org.gridledger.grid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.powsybl.matpower.model.MatpowerWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.Line;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {
  @TempDir Path tmp;

  private static Path resource(String name) throws Exception {
    return Path.of(ImportTest.class.getResource("/networks/" + name).toURI());
  }

  @Test
  void matpowerTextCaseImportsThroughPowsyblWithRatingsAndLoads() throws Exception {
    GridModel m = NetworkLoader.file(resource("case4_dist.m"));
    assertThat(m.buses()).extracting(b -> b.id()).containsExactly("1", "2", "3", "4");
    assertThat(m.sourceBus()).isEqualTo("1");
    assertThat(m.branches()).hasSize(3).allSatisfy(b -> assertThat(b).isInstanceOf(Line.class));
    Line first =
        (Line) m.branches().stream().filter(b -> b.fromBus().equals("1")).findFirst().orElseThrow();
    double zBase = 12.66 * 12.66 / 10;
    assertThat(first.rOhm()).isCloseTo(0.01 * zBase, within(1e-9));
    assertThat(first.xOhm()).isCloseTo(0.02 * zBase, within(1e-9));
    assertThat(first.ratingA()).isCloseTo(5000 / (Math.sqrt(3) * 12.66), within(1e-6));
    assertThat(m.baseInjections().get("2")).isEqualTo(Injection.load(1e6, 0.5e6));
    FlowResult r = new AcPowerFlow(m).runBase();
    assertThat(r.converged()).isTrue();
    assertThat(r.minVoltage().orElseThrow().busId()).isIn("3", "4");
    assertThat(r.lossesW()).isPositive();
  }

  @Test
  void binaryMatFileGivesTheSameModelAsTheTextCase() throws Exception {
    var parsed =
        MatpowerCaseParser.parse("case4_dist.m", Files.readString(resource("case4_dist.m")));
    Path mat = tmp.resolve("case4_dist.mat");
    MatpowerWriter.write(parsed, mat, true);
    GridModel fromMat = NetworkLoader.file(mat);
    GridModel fromM = NetworkLoader.file(resource("case4_dist.m"));
    assertThat(fromMat.buses()).isEqualTo(fromM.buses());
    assertThat(fromMat.branches()).isEqualTo(fromM.branches());
    assertThat(fromMat.baseInjections()).isEqualTo(fromM.baseInjections());
  }

  @Test
  void ieeeCdfFileImportsThroughPowsybl() throws Exception {
    GridModel m = NetworkLoader.file(resource("case4_dist.txt"));
    assertThat(m.buses()).extracting(b -> b.id()).containsExactlyInAnyOrder("1", "2", "3", "4");
    assertThat(m.sourceBus()).isEqualTo("1");
    assertThat(m.branches()).hasSize(3);
    double zBase = 12.66 * 12.66 / 100;
    Line l =
        (Line)
            m.branches().stream()
                .filter(b -> b.toBus().equals("3") || b.fromBus().equals("3"))
                .findFirst()
                .orElseThrow();
    assertThat(l.rOhm()).isCloseTo(0.2 * zBase, within(1e-6));
    assertThat(m.baseInjections().get("3").pW()).isCloseTo(-0.8e6, within(1e-6));
    assertThat(new AcPowerFlow(m).runBase().converged()).isTrue();
  }

  @Test
  void malformedMatpowerCaseNamesFileAndLine() throws Exception {
    Path bad = tmp.resolve("bad.m");
    Files.writeString(
        bad,
        "mpc.baseMVA = 10;\nmpc.bus = [\n 1 3 0 0 0 0 1 1 0 12.66 1 1.1 0.9;\n 2 1 x 0 0 0 1 1 0 12.66 1 1.1 0.9;\n];\n");
    assertThatThrownBy(() -> NetworkLoader.file(bad))
        .isInstanceOf(GridModelException.class)
        .hasMessageContaining("bad.m:4")
        .hasMessageContaining("'x'");
    Path truncated = tmp.resolve("short.m");
    Files.writeString(
        truncated, "mpc.bus = [\n 1 3 0 0;\n];\nmpc.branch = [\n1 2 0.1 0.1 0 1 1 1 0 0 1;\n];\n");
    assertThatThrownBy(() -> NetworkLoader.file(truncated))
        .hasMessageContaining("mpc.bus row starting 1 has 4 columns");
  }

  @Test
  void malformedCdfAndUnknownFormatAreRefused() throws Exception {
    Path bad = tmp.resolve("bad.txt");
    Files.writeString(bad, "this is not a CDF file\n");
    assertThatThrownBy(() -> NetworkLoader.file(bad))
        .isInstanceOf(GridModelException.class)
        .hasMessageContaining("bad.txt");
    Path other = tmp.resolve("feeder.xyz");
    Files.writeString(other, "x");
    assertThatThrownBy(() -> NetworkLoader.file(other))
        .hasMessageContaining("unknown network format");
    assertThatThrownBy(() -> NetworkLoader.load("nope.json", null))
        .hasMessageContaining("not found: nope.json");
  }
}
