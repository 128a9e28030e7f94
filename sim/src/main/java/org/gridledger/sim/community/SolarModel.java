package org.gridledger.sim.community;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.random.RandomGenerator;

/**
 * PV output per kWp from clear-sky irradiance times cloudiness. The sun's elevation comes from the
 * declination and the hour angle (solar time from UTC and the longitude); clear-sky global
 * horizontal irradiance by Haurwitz's model, 1098 · sin h · exp(−0.057 / sin h) W/m²; a day's cloud
 * cover c (drawn around the scenario's mean) scales it by Kasten and Czeplak's 1 − 0.75 c³·⁴, and
 * each interval varies by a few percent more under clouds. A performance ratio of 0.85 turns
 * irradiance into AC output (1 kWp yields 0.85 kW at 1000 W/m²).
 */
public final class SolarModel {
  private static final double PERFORMANCE_RATIO = 0.85;
  private final double latitudeRad;
  private final double longitudeDeg;

  public SolarModel(double latitudeDeg, double longitudeDeg) {
    this.latitudeRad = Math.toRadians(latitudeDeg);
    this.longitudeDeg = longitudeDeg;
  }

  /** Clear-sky global horizontal irradiance at {@code t}, W/m², averaged over the minutes. */
  public double clearSkyGhi(Instant t, int minutes) {
    double sum = 0;
    int steps = Math.max(1, minutes / 5);
    for (int i = 0; i < steps; i++) {
      sum += ghiAt(t.plusSeconds((long) ((i + 0.5) * minutes * 60 / steps)));
    }
    return sum / steps;
  }

  private double ghiAt(Instant t) {
    ZonedDateTime z = t.atZone(ZoneOffset.UTC);
    int doy = z.getDayOfYear();
    double decl = Math.toRadians(23.45) * Math.sin(2 * Math.PI * (284 + doy) / 365.0);
    double hours = z.getHour() + z.getMinute() / 60.0 + z.getSecond() / 3600.0;
    double solarTime = hours + longitudeDeg / 15.0;
    double omega = Math.toRadians(15 * (solarTime - 12));
    double sinH =
        Math.sin(latitudeRad) * Math.sin(decl)
            + Math.cos(latitudeRad) * Math.cos(decl) * Math.cos(omega);
    return sinH <= 0.01 ? 0 : 1098 * sinH * Math.exp(-0.057 / sinH);
  }

  /** A day's cloud cover in [0, 1] around {@code mean}. */
  public static double dailyCloudCover(double mean, RandomGenerator random) {
    double c = mean + 0.35 * random.nextGaussian();
    return Math.max(0, Math.min(1, c));
  }

  /** AC energy of 1 kWp over an interval, Wh. */
  public double whPerKwp(Instant start, int minutes, double cloudCover, RandomGenerator random) {
    double ghi = clearSkyGhi(start, minutes);
    double clearness = 1 - 0.75 * Math.pow(cloudCover, 3.4);
    double flicker = 1 + cloudCover * 0.15 * random.nextGaussian();
    double w = Math.max(0, ghi * clearness * flicker) * PERFORMANCE_RATIO;
    return w * minutes / 60.0;
  }
}
