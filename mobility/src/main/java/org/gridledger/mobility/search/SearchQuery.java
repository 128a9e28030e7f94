package org.gridledger.mobility.search;

/**
 * A driver's search: where (hundredths of a degree), when ({@code [start, end)}, epoch ms, whole
 * quarter hours) and how much energy (Wh), with the farthest distance to consider (m).
 */
public record SearchQuery(
    int latCentiDeg, int lonCentiDeg, long start, long end, long energyWh, long maxDistanceM) {
  public SearchQuery {
    if (end <= start || energyWh <= 0 || maxDistanceM <= 0) {
      throw new IllegalArgumentException("a search needs start < end, energy > 0, distance > 0");
    }
    if (Math.abs(latCentiDeg) > 9_000 || Math.abs(lonCentiDeg) > 18_000) {
      throw new IllegalArgumentException("location out of range");
    }
  }
}
