package org.gridledger.mobility.smart;

/**
 * The forecast of a feeder's base load by hour of day (UTC), in permille of the network model's
 * base case. {@link #residential()}: 400 at night (0–5 h), 700 in the morning (6–8 h), 600 by day
 * (9–16 h), 1000 at the evening peak (17–21 h), 500 late (22–23 h).
 */
public record LoadProfile(int[] permilleByHour) {
  public LoadProfile {
    if (permilleByHour.length != 24) {
      throw new IllegalArgumentException("a load profile has 24 hourly values");
    }
    permilleByHour = permilleByHour.clone();
  }

  public static LoadProfile residential() {
    int[] p = new int[24];
    for (int h = 0; h < 24; h++) {
      p[h] = h < 6 ? 400 : h < 9 ? 700 : h < 17 ? 600 : h < 22 ? 1000 : 500;
    }
    return new LoadProfile(p);
  }

  public int permilleAt(long epochMillis) {
    return permilleByHour[(int) Math.floorMod(epochMillis / 3_600_000L, 24L)];
  }
}
