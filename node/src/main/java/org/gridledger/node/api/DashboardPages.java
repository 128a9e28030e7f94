package org.gridledger.node.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;

/**
 * The web dashboard, bundled in the jar: the DSO's view at {@code /}, a participant's at {@code
 * /participant}, the explorer at {@code /explorer}; their scripts and styles under {@code /web/}
 * and Chart.js from its WebJar under {@code /webjars/}. Nothing is fetched from elsewhere.
 */
final class DashboardPages {
  static final String DIRECTORY = "/org/gridledger/node/web";

  private DashboardPages() {}

  static void configure(JavalinConfig config) {
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/web";
          files.directory = DIRECTORY;
          files.location = Location.CLASSPATH;
        });
    config.staticFiles.enableWebjars();
  }

  static void register(Javalin app) {
    app.get("/", ctx -> page(ctx, "dso.html"));
    app.get("/participant", ctx -> page(ctx, "participant.html"));
    app.get("/explorer", ctx -> page(ctx, "explorer.html"));
  }

  private static void page(Context ctx, String name) throws IOException {
    try (InputStream in = DashboardPages.class.getResourceAsStream(DIRECTORY + "/" + name)) {
      if (in == null) {
        throw new IOException(name + " is missing from the jar");
      }
      ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
    }
  }
}
