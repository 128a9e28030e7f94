package org.gridledger.grid.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.gridledger.grid.GridModelException;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Ieee33Feeder;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.LvFeederGenerator;
import org.gridledger.grid.model.LvFeederSpec;
import org.junit.jupiter.api.Test;

class FeederJsonTest {
  private static final String HAND_MADE =
      """
      {
        "name": "street",
        "source": {"bus": "MV", "v_pu": 1.02},
        "buses": [{"id": "MV", "kv": 10}, {"id": "LV", "kv": 0.4}, {"id": "H1", "kv": 0.4}],
        "transformers": [{"id": "T1", "from": "MV", "to": "LV", "r_ohm": 0.0046, "x_ohm": 0.0153, "rating_kva": 250}],
        "lines": [{"id": "C1", "from": "LV", "to": "H1", "r_ohm": 0.02, "x_ohm": 0.008, "rating_a": 270}],
        "loads": [{"bus": "H1", "p_w": 5000, "q_var": 1000}],
        "devices": {"meter-1": "H1", "cp-1": "H1"}
      }
      """;

  @Test
  void handMadeFeederReads() {
    GridModel m = FeederJson.parse("street.json", HAND_MADE);
    assertThat(m.sourceVoltagePu()).isEqualTo(1.02);
    assertThat(m.branches()).hasSize(2);
    assertThat(m.baseInjections()).isEqualTo(Map.of("H1", Injection.load(5000, 1000)));
    assertThat(m.busOfDevice("cp-1")).isEqualTo("H1");
  }

  @Test
  void roundTripKeepsEveryField() {
    for (GridModel m :
        new GridModel[] {
          Ieee33Feeder.create(),
          LvFeederGenerator.generate(LvFeederSpec.defaults()),
          FeederJson.parse("s", HAND_MADE)
        }) {
      GridModel back = FeederJson.parse("rt.json", FeederJson.write(m));
      assertThat(back).isEqualTo(m);
    }
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    assertThatThrownBy(
            () ->
                FeederJson.parse(
                    "bad.json",
                    "{\n  \"name\": \"x\",\n  \"buses\": [ {\"id\": \"A\" \"kv\": 1} ]\n}"))
        .isInstanceOf(GridModelException.class)
        .hasMessageContaining("bad.json: malformed JSON at line 3");
  }

  @Test
  void missingOrBadFieldsNameTheElement() {
    assertThatThrownBy(
            () ->
                FeederJson.parse(
                    "f.json", HAND_MADE.replace("\"rating_a\": 270", "\"rating_a\": \"big\"")))
        .hasMessageContaining("f.json: line C1: 'rating_a' must be a number");
    assertThatThrownBy(
            () ->
                FeederJson.parse(
                    "f.json", HAND_MADE.replace("\"rating_a\": 270", "\"rating_a\": 0")))
        .hasMessageContaining("line C1: rating must be positive");
    assertThatThrownBy(
            () -> FeederJson.parse("f.json", HAND_MADE.replace("\"to\": \"H1\"", "\"to\": \"H2\"")))
        .hasMessageContaining("f.json: line C1: unknown bus H2");
    assertThatThrownBy(() -> FeederJson.parse("f.json", "[1]"))
        .hasMessageContaining("must be a JSON object");
  }

  @Test
  void injectionsCsvReadsAndRefusesUnknownBus() {
    GridModel m = Ieee33Feeder.create();
    var inj =
        InjectionsCsv.parse(
            "i.csv", "bus,p_w,q_var\n# PV at 18\n18,50000\n25,-420000,-200000\n", m);
    assertThat(inj)
        .isEqualTo(Map.of("18", new Injection(50000, 0), "25", new Injection(-420000, -200000)));
    assertThatThrownBy(() -> InjectionsCsv.parse("i.csv", "bus,p_w\n18,1\n34,5\n", m))
        .hasMessage("i.csv:3: unknown bus 34");
    assertThatThrownBy(() -> InjectionsCsv.parse("i.csv", "18,abc\n", m))
        .hasMessageContaining("i.csv:1: not a finite number");
    assertThatThrownBy(() -> InjectionsCsv.parse("i.csv", "18,1\n18,2\n", m))
        .hasMessageContaining("listed twice");
  }
}
