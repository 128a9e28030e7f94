package org.gridledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridledger.node.dashboard.HeadlessChromium.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gridledger.node.client.NodeClient;
import org.gridledger.node.dashboard.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The README's first command, in a real browser: {@code gridledger demo} starts, and its DSO view
 * draws the generated LV feeder and shows live values that change as the community trades.
 */
class DemoBrowserTest {
  static final Duration WAIT = Duration.ofSeconds(90);
  @TempDir Path dir;

  @Test
  void theDemoStartsAndItsDsoViewGoesLive() throws Exception {
    int port = freePort();
    Thread.ofPlatform()
        .daemon()
        .name("demo")
        .start(
            () ->
                Main.commandLine()
                    .execute(
                        "demo",
                        "--port",
                        String.valueOf(port),
                        "--data",
                        dir.resolve("demo").toString(),
                        "--speed",
                        "600",
                        "--days",
                        "1"));
    URI uri = URI.create("http://127.0.0.1:" + port + "/");
    NodeClient client = new NodeClient(uri);
    await(
        "the demo's node",
        WAIT,
        () -> "up".equals(client.get("health", null).path("status").asText()) ? true : null);
    WebDriver browser = HeadlessChromium.start(Files.createDirectories(dir.resolve("chromium")));
    try {
      browser.get(uri.toString());
      await("the live feed", WAIT, () -> text(browser, "live-status").equals("live") ? true : null);
      List<WebElement> buses =
          await(
              "the one-line diagram",
              WAIT,
              () -> nonEmpty(browser.findElements(By.cssSelector("#feeder [data-bus]"))));
      assertThat(buses).as("the demo's LV feeder").hasSizeGreaterThan(50);
      String height = await("the head block", WAIT, () -> value(browser, "head-height"));
      await(
          "a new block from the community",
          WAIT,
          () -> {
            String now = value(browser, "head-height");
            return now != null && !now.equals(height) ? true : null;
          });
      await(
          "a cleared market interval",
          WAIT,
          () -> nonEmpty(browser.findElements(By.cssSelector("#market-rows tr"))));
      byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
      Files.write(HeadlessChromium.screenshotDir().resolve("demo-dso.png"), png);
    } finally {
      browser.quit();
    }
  }

  private static String text(WebDriver browser, String id) {
    return browser.findElement(By.id(id)).getText().trim();
  }

  private static String value(WebDriver browser, String id) {
    String t = text(browser, id);
    return t.isEmpty() || t.equals("–") ? null : t;
  }

  private static <T> List<T> nonEmpty(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
