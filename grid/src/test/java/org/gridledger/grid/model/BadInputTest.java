package org.gridledger.grid.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.gridledger.grid.GridModelException;
import org.junit.jupiter.api.Test;

class BadInputTest {
  private static final List<Bus> BUSES =
      List.of(new Bus("A", 0.4), new Bus("B", 0.4), new Bus("C", 0.4));

  @Test
  void zeroOrNegativeRatingsNameTheElement() {
    assertThatThrownBy(() -> new Line("L1", "A", "B", 0.1, 0.1, 0))
        .isInstanceOf(GridModelException.class)
        .hasMessageContaining("line L1")
        .hasMessageContaining("rating must be positive");
    assertThatThrownBy(() -> new Line("L2", "A", "B", 0.1, 0.1, -5))
        .hasMessageContaining("line L2");
    assertThatThrownBy(() -> new Transformer("T9", "A", "B", 0.1, 0.1, 0, 1))
        .hasMessageContaining("transformer T9");
    assertThatThrownBy(() -> new Line("L3", "A", "B", -0.1, 0.1, 100))
        .hasMessageContaining("line L3: r");
  }

  @Test
  void unknownBusesNameTheElementAndBus() {
    assertThatThrownBy(
            () ->
                new GridModel(
                    "n",
                    BUSES,
                    List.of(new Line("L1", "A", "Z", 0.1, 0.1, 100)),
                    "A",
                    1,
                    Map.of(),
                    Map.of()))
        .isInstanceOf(GridModelException.class)
        .hasMessageContaining("line L1: unknown bus Z");
    List<Branch> ok =
        List.of(new Line("L1", "A", "B", 0.1, 0.1, 100), new Line("L2", "B", "C", 0.1, 0.1, 100));
    assertThatThrownBy(
            () -> new GridModel("n", BUSES, ok, "A", 1, Map.of("Q", Injection.ZERO), Map.of()))
        .hasMessageContaining("base injection: unknown bus Q");
    assertThatThrownBy(
            () -> new GridModel("n", BUSES, ok, "A", 1, Map.of(), Map.of("meter-7", "X")))
        .hasMessageContaining("device meter-7: unknown bus X");
    assertThatThrownBy(() -> new GridModel("n", BUSES, ok, "X", 1, Map.of(), Map.of()))
        .hasMessageContaining("source: unknown bus X");
    GridModel m = new GridModel("n", BUSES, ok, "A", 1, Map.of(), Map.of());
    assertThatThrownBy(() -> m.busOfDevice("meter-1"))
        .hasMessageContaining("unknown device meter-1");
  }

  @Test
  void islandWithoutSourceNamesItsBuses() {
    List<Bus> buses =
        List.of(new Bus("A", 0.4), new Bus("B", 0.4), new Bus("C", 0.4), new Bus("D", 0.4));
    List<Branch> branches =
        List.of(new Line("L1", "A", "B", 0.1, 0.1, 100), new Line("L2", "C", "D", 0.1, 0.1, 100));
    assertThatThrownBy(() -> new GridModel("n", buses, branches, "A", 1, Map.of(), Map.of()))
        .hasMessageContaining("island without a source")
        .hasMessageContaining("C, D")
        .hasMessageContaining("source bus A");
  }

  @Test
  void duplicatesAndInconsistentVoltagesAreRefused() {
    assertThatThrownBy(
            () ->
                new GridModel(
                    "n",
                    List.of(new Bus("A", 0.4), new Bus("A", 0.4)),
                    List.of(),
                    "A",
                    1,
                    Map.of(),
                    Map.of()))
        .hasMessageContaining("duplicate bus id A");
    List<Bus> mixed = List.of(new Bus("A", 10), new Bus("B", 0.4));
    assertThatThrownBy(
            () ->
                new GridModel(
                    "n",
                    mixed,
                    List.of(new Line("L1", "A", "B", 0.1, 0.1, 100)),
                    "A",
                    1,
                    Map.of(),
                    Map.of()))
        .hasMessageContaining("line L1 joins buses of different nominal voltage");
    assertThatThrownBy(() -> new Bus("A", 0)).hasMessageContaining("bus A: nominal voltage");
  }
}
