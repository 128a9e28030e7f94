package org.gridledger.mobility.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gridledger.grid.check.ConstraintCheck;
import org.gridledger.grid.check.Limits;
import org.gridledger.grid.model.Ieee33Feeder;
import org.junit.jupiter.api.Test;

/** Headroom from AC flows of the IEEE 33-bus feeder: within limits at it, not above it. */
class GridHeadroomTest {
  @Test
  void headroomIsTheLargestExtraLoadWithinLimitsAndGrowsAtNight() {
    GridHeadroom headroom =
        new GridHeadroom(
            Ieee33Feeder.create(), Limits.en50160(), LoadProfile.residential(), f -> List.of("18"));
    long t0 = System.nanoTime();
    long evening = headroom.headroomW("F", Instant.parse("2026-03-02T18:00:00Z").toEpochMilli());
    long night = headroom.headroomW("F", Instant.parse("2026-03-02T02:00:00Z").toEpochMilli());
    System.err.println(
        "headroom "
            + evening
            + " W / "
            + night
            + " W in "
            + (System.nanoTime() - t0) / 1_000_000
            + " ms");
    assertThat(night).isGreaterThan(evening);
    ConstraintCheck check = new ConstraintCheck(Limits.en50160());
    long at = Instant.parse("2026-03-02T02:00:00Z").toEpochMilli();
    assertThat(check.check(headroom.flowWith(at, Map.of("18", night))).approved()).isTrue();
    assertThat(check.check(headroom.flowWith(at, Map.of("18", night + 2_000))).approved())
        .isFalse();
  }
}
