package org.gridledger.node.dashboard;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven headless through Debian's chromedriver; nothing is downloaded (the
 * driver's path is given, so Selenium Manager never runs). Where the browser is missing the tests
 * fail when {@code GRIDLEDGER_BROWSER_TESTS=required} or {@code CI} is set, and are skipped with a
 * message otherwise.
 */
public final class HeadlessChromium {
  static final String BROWSER = System.getProperty("gridledger.chromium", "/usr/bin/chromium");
  static final String DRIVER =
      System.getProperty("gridledger.chromedriver", "/usr/bin/chromedriver");

  private HeadlessChromium() {}

  public static WebDriver start(Path profile) {
    if (!new File(BROWSER).canExecute() || !new File(DRIVER).canExecute()) {
      String message =
          "the dashboard's browser tests need Debian's chromium and chromedriver at "
              + BROWSER
              + " and "
              + DRIVER
              + " (apt-get install chromium chromium-driver)";
      if ("required".equals(System.getenv("GRIDLEDGER_BROWSER_TESTS"))
          || System.getenv("CI") != null) {
        throw new AssertionError(message);
      }
      Assumptions.abort(message);
    }
    System.setProperty("webdriver.chrome.driver", DRIVER);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(DRIVER))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1250",
        "--user-data-dir=" + profile.toAbsolutePath());
    return new ChromeDriver(service, options);
  }

  /** Polls {@code probe} until it gives a non-null value, or fails naming {@code what}. */
  public static <T> T await(String what, Duration timeout, Supplier<T> probe) {
    Instant deadline = Instant.now().plus(timeout);
    RuntimeException last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        T value = probe.get();
        if (value != null) {
          return value;
        }
      } catch (RuntimeException e) {
        last = e;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what, e);
      }
    }
    throw new AssertionError("timed out waiting for " + what, last);
  }

  public static Path screenshotDir() throws java.io.IOException {
    return Files.createDirectories(Path.of("target", "screenshots"));
  }
}
