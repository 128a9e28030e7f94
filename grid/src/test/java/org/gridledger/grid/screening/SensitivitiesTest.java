package org.gridledger.grid.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.powsybl.computation.local.LocalComputationManager;
import com.powsybl.contingency.ContingencyContext;
import com.powsybl.openloadflow.sensi.OpenSensitivityAnalysisProvider;
import com.powsybl.sensitivity.SensitivityAnalysis;
import com.powsybl.sensitivity.SensitivityAnalysisParameters;
import com.powsybl.sensitivity.SensitivityAnalysisResult;
import com.powsybl.sensitivity.SensitivityAnalysisRunParameters;
import com.powsybl.sensitivity.SensitivityFactor;
import com.powsybl.sensitivity.SensitivityFunctionType;
import com.powsybl.sensitivity.SensitivityVariableType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.flow.AcPowerFlow;
import org.gridledger.grid.flow.FlowResult;
import org.gridledger.grid.model.GridModel;
import org.gridledger.grid.model.Ieee33Feeder;
import org.gridledger.grid.model.Injection;
import org.gridledger.grid.model.LvFeederGenerator;
import org.gridledger.grid.model.LvFeederSpec;
import org.junit.jupiter.api.Test;

class SensitivitiesTest {

  @Test
  void voltageAndLoadingSensitivitiesMatchPerturbedAcFlowOnLvFeeder() {
    GridModel model = LvFeederGenerator.generate(LvFeederSpec.defaults());
    AcPowerFlow flow = new AcPowerFlow(model);
    FlowResult base = flow.runBase();
    Sensitivities s = Sensitivities.at(model, base);
    int bus = flow.busIndex("F2-30");
    Map<String, Injection> perturbed = new LinkedHashMap<>(model.baseInjections());
    perturbed.merge("F2-30", new Injection(200, 0), Injection::plus);
    FlowResult after = flow.run(perturbed);
    for (String b : List.of("F2-30", "F2-10", "F1-30", "LV")) {
      int i = flow.busIndex(b);
      double actual = after.buses().get(i).vPu() - base.buses().get(i).vPu();
      assertThat(s.dVdP(i, bus) * 200)
          .as("dV at %s", b)
          .isCloseTo(actual, within(Math.abs(actual) * 0.02 + 1e-7));
    }
    assertThat(s.dVdP(flow.busIndex("F2-30"), bus)).isPositive();
    for (String br : List.of("T1", "C2-1", "C2-30")) {
      int k =
          model
              .branches()
              .indexOf(
                  model.branches().stream()
                      .filter(x -> x.id().equals(br))
                      .findFirst()
                      .orElseThrow());
      double actual = after.branches().get(k).loadingPct() - base.branches().get(k).loadingPct();
      assertThat(s.dLoadingdP(k, bus) * 200)
          .as("loading of %s", br)
          .isCloseTo(actual, within(Math.abs(actual) * 0.03 + 1e-4));
    }
  }

  @Test
  void branchCurrentSensitivitiesAgreeWithOpenLoadFlowSensitivityAnalysis() {
    GridModel model = Ieee33Feeder.create();
    AcPowerFlow flow = new AcPowerFlow(model);
    FlowResult base = flow.runBase();
    Sensitivities s = Sensitivities.at(model, base);
    List<SensitivityFactor> factors = new ArrayList<>();
    for (String line : List.of("L1", "L5", "L17", "L25")) {
      for (String bus : List.of("18", "25", "33")) {
        factors.add(
            new SensitivityFactor(
                SensitivityFunctionType.BRANCH_CURRENT_1,
                "branch:" + line,
                SensitivityVariableType.INJECTION_ACTIVE_POWER,
                "load:" + bus,
                false,
                ContingencyContext.none()));
      }
    }
    SensitivityAnalysisParameters params = new SensitivityAnalysisParameters();
    params.getLoadFlowParameters().setDistributedSlack(false);
    SensitivityAnalysisResult result =
        new SensitivityAnalysis.Runner(new OpenSensitivityAnalysisProvider())
            .run(
                flow.iidmNetwork(),
                factors,
                new SensitivityAnalysisRunParameters()
                    .setParameters(params)
                    .setComputationManager(LocalComputationManager.getDefault()));
    for (SensitivityFactor f : factors) {
      String line = f.getFunctionId().substring("branch:".length());
      String bus = f.getVariableId().substring("load:".length());
      int k = Integer.parseInt(line.substring(1)) - 1;
      double olfAperMw =
          result.getBranchCurrent1SensitivityValue(
              f.getVariableId(), f.getFunctionId(), SensitivityVariableType.INJECTION_ACTIVE_POWER);
      double ratingA = k < 5 ? Ieee33Feeder.TRUNK_RATING_A : Ieee33Feeder.LATERAL_RATING_A;
      double oursAperMw = s.dLoadingdP(k, flow.busIndex(bus)) / 100 * ratingA * 1e6;
      assertThat(oursAperMw)
          .as("dI(%s)/dP(%s)", line, bus)
          .isCloseTo(olfAperMw, within(Math.abs(olfAperMw) * 0.01 + 1e-3));
    }
  }
}
