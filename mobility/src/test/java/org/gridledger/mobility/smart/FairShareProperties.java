package org.gridledger.mobility.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The fairness of sharing a feeder's headroom among its charging sessions. */
class FairShareProperties {

  @Property(tries = 2000)
  void sharesAreFairAndWithinTheHeadroom(
      @ForAll @LongRange(min = 0, max = 200_000) long headroom,
      @ForAll @LongRange(min = 0, max = 4_000) long minRate,
      @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 1, max = 22_000) Long> demandList) {
    long[] demands = demandList.stream().mapToLong(Long::longValue).toArray();
    long[] shares = FairShare.split(headroom, minRate, demands);
    long total = Arrays.stream(demands).sum();
    if (total <= headroom) {
      assertThat(shares).as("no limit when the demands fit").containsExactly(demands);
      return;
    }
    assertThat(Arrays.stream(shares).sum())
        .as("sum within the headroom")
        .isLessThanOrEqualTo(headroom);
    long needs = 0;
    for (long d : demands) {
      needs += Math.min(d, minRate);
    }
    long level = -1;
    for (int i = 0; i < demands.length; i++) {
      assertThat(shares[i]).isBetween(0L, demands[i]);
      long need = Math.min(demands[i], minRate);
      if (needs <= headroom) {
        assertThat(shares[i])
            .as("nobody below its minimum when the headroom allows")
            .isGreaterThanOrEqualTo(need);
      }
      if (shares[i] > 0) {
        assertThat(shares[i])
            .as("a running session gets at least its minimum")
            .isGreaterThanOrEqualTo(need);
      }
      if (shares[i] > 0 && shares[i] < demands[i]) {
        if (level < 0) {
          level = shares[i];
        }
        assertThat(shares[i]).as("equal shares among the limited").isEqualTo(level);
      }
    }
    if (level >= 0) {
      for (int i = 0; i < demands.length; i++) {
        if (shares[i] == demands[i]) {
          assertThat(demands[i])
              .as("only who wants less than the share gets its demand")
              .isLessThanOrEqualTo(level);
        }
      }
      long paused = Arrays.stream(shares).filter(s -> s == 0).count();
      assertThat(headroom - Arrays.stream(shares).sum())
          .as("at most rounding is left over")
          .isLessThan(Math.max(1, demands.length - paused) + (paused > 0 ? minRate : 0));
    }
  }

  @Property(tries = 500)
  void whenTheMinimaDoNotFitTheEarliestSessionsRun(
      @ForAll @LongRange(min = 1, max = 30) long n,
      @ForAll @LongRange(min = 0, max = 50_000) long headroom) {
    long[] demands = new long[(int) n];
    Arrays.fill(demands, 11_000);
    long[] shares = FairShare.split(headroom, 1_380, demands);
    long running = Math.min(n, headroom / 1_380);
    if (11_000 * n <= headroom) {
      running = n;
    }
    for (int i = 0; i < n; i++) {
      assertThat(shares[i] > 0).isEqualTo(i < running);
    }
  }
}
