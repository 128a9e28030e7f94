package org.gridledger.sim.community;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.random.RandomGenerator;

/**
 * A household's consumption: a daily shape (night base, morning peak about 07:00, midday plateau,
 * evening peak about 19:00, later and flatter at weekends) scaled by the season (about +25 % in
 * January, −25 % in July) and the household's yearly consumption, each household with its own peak
 * times (±45 min) and each interval with its own noise (±25 %, never below a standby floor). The
 * shape is normalised so that a year averages the household's yearly kWh.
 */
public final class LoadProfile {
  private static final double SHAPE_MEAN = meanShape();
  private final double annualKwh;
  private final double morningShift;
  private final double eveningShift;

  public LoadProfile(double annualKwh, RandomGenerator random) {
    this.annualKwh = annualKwh;
    this.morningShift = 0.75 * random.nextGaussian();
    this.eveningShift = 0.75 * random.nextGaussian();
  }

  /** Consumption over the interval starting at {@code start}, Wh. */
  public double wh(Instant start, int minutes, RandomGenerator random) {
    ZonedDateTime z = start.atZone(ZoneOffset.UTC);
    double hour = z.getHour() + (z.getMinute() + minutes / 2.0) / 60.0;
    boolean weekend =
        z.getDayOfWeek() == DayOfWeek.SATURDAY || z.getDayOfWeek() == DayOfWeek.SUNDAY;
    double season = 1 + 0.25 * Math.cos(2 * Math.PI * (z.getDayOfYear() - 15) / 365.0);
    double meanW = annualKwh * 1000 / 8760.0;
    double shape = shape(hour, weekend, morningShift, eveningShift) / SHAPE_MEAN;
    double noise = Math.max(0.3, 1 + 0.25 * random.nextGaussian());
    double w = Math.max(0.15 * meanW, meanW * season * shape * noise);
    return w * minutes / 60.0;
  }

  static double shape(double hour, boolean weekend, double morningShift, double eveningShift) {
    double morning = weekend ? 9.0 : 7.0;
    double evening = weekend ? 18.5 : 19.0;
    return 0.45
        + (weekend ? 0.5 : 0.8) * bump(hour, morning + morningShift, 1.2)
        + (weekend ? 0.55 : 0.3) * bump(hour, 13, 2.5)
        + 1.3 * bump(hour, evening + eveningShift, 2.0);
  }

  private static double bump(double hour, double centre, double width) {
    double d = Math.abs(hour - centre);
    d = Math.min(d, 24 - d);
    return Math.exp(-0.5 * (d / width) * (d / width));
  }

  private static double meanShape() {
    double sum = 0;
    int n = 0;
    for (int day = 0; day < 7; day++) {
      for (int m = 0; m < 1440; m += 5) {
        sum += shape((m + 2.5) / 60.0, day >= 5, 0, 0);
        n++;
      }
    }
    return sum / n;
  }
}
