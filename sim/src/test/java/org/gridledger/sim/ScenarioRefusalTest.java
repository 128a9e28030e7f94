package org.gridledger.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gridledger.sim.scenario.Scenario;
import org.gridledger.sim.scenario.ScenarioException;
import org.gridledger.sim.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad scenario files are refused before anything runs, naming the file, the key and the reason. */
class ScenarioRefusalTest {
  @TempDir Path dir;

  @Test
  void unknownKeyIsRefused() throws Exception {
    ScenarioException e = refuse("bad.yaml", "days: 1\npv: {share: 0.5, kwpp: 4}\n");
    assertThat(e.source()).endsWith("bad.yaml");
    assertThat(e.key()).isEqualTo("pv.kwpp");
    assertThat(e.reason()).startsWith("unknown key");
  }

  @Test
  void negativeKwpIsRefused() throws Exception {
    ScenarioException e = refuse("neg.json", "{\"pv\": {\"kwp_min\": -3}}");
    assertThat(e.key()).isEqualTo("pv.kwp_min");
    assertThat(e.reason()).contains("between 0");
    assertThat(e.getMessage()).contains("neg.json", "pv.kwp_min");
  }

  @Test
  void departureBeforeArrivalIsRefused() throws Exception {
    ScenarioException e = refuse("ev.yaml", "evs: {arrival_hour: 18, departure_hour: 7}\n");
    assertThat(e.key()).isEqualTo("evs.departure_hour");
    assertThat(e.reason()).contains("not after the arrival");
  }

  @Test
  void busNotInTheFeederIsRefused() throws Exception {
    Path file =
        write(
            "bus.yaml",
            "feeder: {network: ieee33}\nhouseholds: {count: 2, buses: [\"5\", \"99\"]}\n");
    Scenario s = ScenarioReader.load(file.toString());
    ScenarioException e =
        catchThrowableOfType(
            ScenarioException.class,
            () -> Simulator.prepare(s, file.toString(), dir.resolve("out")));
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.key()).isEqualTo("households.buses[1]");
    assertThat(e.reason()).contains("bus 99 is not in the feeder");
    assertThat(dir.resolve("out/ledger")).doesNotExist();
  }

  @Test
  void tooManyHouseholdsForTheFeederAndBadTypesAreRefused() throws Exception {
    Path file =
        write("big.yaml", "feeder: {feeders: 1, houses_per_feeder: 3}\nhouseholds: {count: 5}\n");
    Scenario s = ScenarioReader.load(file.toString());
    assertThat(
            catchThrowableOfType(
                    ScenarioException.class,
                    () -> Simulator.prepare(s, file.toString(), dir.resolve("o")))
                .key())
        .isEqualTo("households.count");
    assertThat(refuse("t.yaml", "days: many\n").key()).isEqualTo("days");
    assertThat(refuse("m.yaml", "interval_minutes: 7\n").reason()).contains("divide a day");
    assertThat(
            refuse("dr.yaml", "demand_response: [{day: 1, from: \"20:00\", to: \"19:00\"}]\n")
                .key())
        .isEqualTo("demand_response[0].to");
  }

  @Test
  void builtInsLoad() {
    for (String name : ScenarioReader.BUILT_IN) {
      assertThat(ScenarioReader.load(name).name()).isEqualTo(name);
    }
  }

  private ScenarioException refuse(String name, String text) throws Exception {
    Path file = write(name, text);
    return catchThrowableOfType(
        ScenarioException.class, () -> ScenarioReader.load(file.toString()));
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }
}
