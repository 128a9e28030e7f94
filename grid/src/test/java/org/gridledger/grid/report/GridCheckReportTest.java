package org.gridledger.grid.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.model.Ieee33Feeder;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.LvFeederGenerator;
import org.gridledger.grid.model.LvFeederSpec;
import org.junit.jupiter.api.Test;

class GridCheckReportTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void ieee33JsonHasPublishedNumberingLossesAndUndervoltages() throws Exception {
    GridCheckReport r = GridCheckReport.run(Ieee33Feeder.create(), Map.of(), Limits.en50160());
    JsonNode json = mapper.readTree(mapper.writeValueAsString(r.toJson(mapper)));
    assertThat(json.get("converged").asBoolean()).isTrue();
    assertThat(json.get("losses_kw").asDouble()).isCloseTo(202.68, within(0.5));
    assertThat(json.get("buses")).hasSize(33);
    assertThat(json.get("buses").get(0).get("id").asText()).isEqualTo("1");
    assertThat(json.get("buses").get(17).get("id").asText()).isEqualTo("18");
    assertThat(json.get("buses").get(17).get("v_pu").asDouble()).isCloseTo(0.9131, within(0.0005));
    assertThat(json.get("elements")).hasSize(32);
    assertThat(json.get("elements").get(0).get("kind").asText()).isEqualTo("line");
    assertThat(json.get("elements").get(0).get("loading_pct").asDouble()).isBetween(40.0, 60.0);
    assertThat(json.get("violations")).isEmpty();
    assertThat(json.get("approved").asBoolean()).isTrue();
    // with a +-5 % band the published case is below 0.95 p.u. at its far end, worst at bus 18
    json =
        mapper.valueToTree(
            GridCheckReport.run(Ieee33Feeder.create(), Map.of(), Limits.band(0.05)).toJson(mapper));
    assertThat(json.get("violations")).isNotEmpty();
    assertThat(json.get("violations").get(0).get("kind").asText()).isEqualTo("undervoltage");
    assertThat(json.get("violations").get(0).get("element").asText()).isEqualTo("18");
    assertThat(json.get("approved").asBoolean()).isFalse();
  }

  @Test
  void lvJsonNamesTransformerAndNonConvergenceIsReported() throws Exception {
    var lv = LvFeederGenerator.generate(LvFeederSpec.defaults());
    JsonNode ok =
        mapper.valueToTree(GridCheckReport.run(lv, Map.of(), Limits.en50160()).toJson(mapper));
    assertThat(ok.get("approved").asBoolean()).isTrue();
    assertThat(ok.get("elements").get(0).get("kind").asText()).isEqualTo("transformer");
    assertThat(ok.get("violations")).isEmpty();
    GridCheckReport absurd =
        GridCheckReport.run(lv, Map.of("F1-30", Injection.load(5e6, 0)), Limits.en50160());
    JsonNode bad = mapper.valueToTree(absurd.toJson(mapper));
    assertThat(bad.get("converged").asBoolean()).isFalse();
    assertThat(bad.get("approved").asBoolean()).isFalse();
    assertThat(bad.get("losses_kw").isNull()).isTrue();
    assertThat(bad.get("violations").get(0).get("kind").asText()).isEqualTo("not_converged");
    assertThat(absurd.toTable()).contains("did NOT converge");
  }
}
