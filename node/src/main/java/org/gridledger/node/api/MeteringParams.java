package org.gridledger.node.api;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.gridledger.metering.registry.Meter;
import org.gridledger.metering.registry.MeterDirectory;

/** Query and path parameters of the metering routes, refused with a 400 naming them. */
final class MeteringParams {
  private MeteringParams() {}

  static long time(Context ctx, String name) {
    String text = ctx.queryParam(name);
    if (text == null) {
      throw ApiError.badRequest(
          "bad_parameter", "\"" + name + "\" (ISO-8601 UTC time) is required");
    }
    try {
      return Instant.parse(text).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(
          "bad_parameter", "\"" + name + "\" is not an ISO-8601 UTC time: " + text);
    }
  }

  static long number(Context ctx, String name, long fallback, long min, long max) {
    String text = ctx.queryParam(name);
    if (text == null) {
      return fallback;
    }
    try {
      long value = Long.parseLong(text);
      if (value < min || value > max) {
        throw new NumberFormatException();
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(
          "bad_parameter", "\"" + name + "\" must be a whole number from " + min + " to " + max);
    }
  }

  static long minutes(Context ctx) {
    return number(ctx, "minutes", 15, 1, 24 * 60);
  }

  static Meter meter(Context ctx, MeterDirectory meters) {
    String id = ctx.pathParam("id");
    return meters.find(id).orElseThrow(() -> ApiError.notFound("no meter " + id));
  }
}
