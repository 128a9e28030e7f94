package org.gridledger.node.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridledger.node.dashboard.HeadlessChromium.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.gridledger.ledger.crypto.KeyFile;
import org.gridledger.ledger.crypto.KeyPair;
import org.gridledger.node.MutableClock;
import org.gridledger.node.TestNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The dashboard end to end in headless Chromium against a running node with a small community: the
 * DSO's view shows the feeder and live values that change, a participant signs in with a key file
 * and sees their bill and nobody else's, the explorer checks a reading's proof in the page. One
 * browser for the whole class; screenshots land in {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class DashboardBrowserTest {
  static final Duration WAIT = Duration.ofSeconds(20);
  @TempDir static Path dir;
  private TestNode node;
  private DashboardCommunity community;
  private WebDriver browser;

  @BeforeAll
  void start() throws Exception {
    MutableClock clock = new MutableClock(DashboardCommunity.S.minusSeconds(3600));
    node = TestNode.start(dir.resolve("node"), clock);
    community = new DashboardCommunity(node, clock);
    community.tradeAndSettle();
    browser = HeadlessChromium.start(Files.createDirectories(dir.resolve("chromium")));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (node != null) {
      node.close();
    }
  }

  @Test
  @Order(1)
  void theDsoSeesTheFeederAndLiveValuesThatChange() throws Exception {
    browser.get(node.uri().toString());
    await("the live feed", WAIT, () -> text("live-status").equals("live") ? true : null);
    List<WebElement> buses =
        await("the one-line diagram", WAIT, () -> nonEmpty(css("#feeder [data-bus]")));
    assertThat(buses).hasSize(33);
    await("metered voltages on the diagram", WAIT, () -> metered() ? true : null);
    String head = await("the feeder's head power", WAIT, () -> value("grid-head"));
    String height = await("the head block", WAIT, () -> value("head-height"));
    assertThat(css("#market-rows tr")).isNotEmpty();
    assertThat(text("market-rows")).contains("settled");
    assertThat(text("block-rows")).contains("signed, root, link");

    community.nextInterval(new long[][] {{0, 3_000}, {2_500, 0}, {1_800, 0}});
    community.deposit(community.neighbour, 1_000);
    await("a new block on the page", WAIT, () -> changed("head-height", height));
    await("a new flow on the feeder", WAIT, () -> changed("grid-head", head));
    await("loaded lines coloured", WAIT, () -> nonEmpty(css("#feeder path.branch.low")));
    screenshot("dashboard-dso.png");
  }

  @Test
  @Order(2)
  void aParticipantSignsInAndSeesTheirBillButNoOneElses() throws Exception {
    browser.get(node.uri().resolve("/participant").toString());
    signIn(community.buyer, "buyer.key");
    await("the buyer signed in", WAIT, () -> value("signed-in-as"));
    assertThat(text("signed-in-as")).contains("Buyer");
    String bought = await("the bill", WAIT, () -> value("bill-bought"));
    assertThat(bought).contains("0.8 kWh").contains("0.12");
    assertThat(css("#bill-rows tr")).isNotEmpty();
    assertThat(text("meter-rows")).contains("m-buyer");
    screenshot("dashboard-participant.png");

    String sellersBill =
        "/api/v1/participants/" + community.seller.publicKey().toHex() + "/bills/2026-03";
    Object status =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/web/js/api.js').then(m => m.getJson(arguments[0], true))"
                    + ".then(() => done(200), e => done(e.status || String(e)));",
                sellersBill);
    assertThat(status).as("another participant's bill, signed by the buyer").isEqualTo(403L);
  }

  @Test
  @Order(3)
  void theExplorerChecksAReadingsProofInThePage() throws Exception {
    browser.get(node.uri().resolve("/explorer").toString());
    await("the signed-in buyer", WAIT, () -> value("signed-in-as"));
    await("the block list", WAIT, () -> nonEmpty(css("#block-rows tr")));
    browser.findElement(By.id("proof-meter")).sendKeys("m-buyer");
    browser.findElement(By.id("proof-sequence")).sendKeys("1");
    browser.findElement(By.id("proof-check")).click();
    String result =
        await(
            "the proof's check",
            WAIT,
            () -> text("proof-result").startsWith("Proof") ? text("proof-result") : null);
    assertThat(result).startsWith("Proof holds");
    assertThat(css("#proof-steps li.bad")).isEmpty();
    assertThat(css("#proof-steps li")).hasSizeGreaterThan(3);
    screenshot("dashboard-explorer.png");
  }

  private void signIn(KeyPair keys, String name) throws Exception {
    Path file = dir.resolve(name);
    KeyFile.write(file, keys);
    WebElement box = await("the sign-in box", WAIT, () -> browser.findElement(By.id("key-text")));
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].value = arguments[1];", box, Files.readString(file));
    browser.findElement(By.id("signin-button")).click();
  }

  private boolean metered() {
    return text("grid-source").equals("metered")
        && css("#feeder [data-bus]").stream().allMatch(b -> !b.getAttribute("data-v").isEmpty());
  }

  private String text(String id) {
    return browser.findElement(By.id(id)).getText().trim();
  }

  /** The element's text once it shows a value (not the placeholder dash). */
  private String value(String id) {
    String t = text(id);
    return t.isEmpty() || t.equals("–") ? null : t;
  }

  private Boolean changed(String id, String before) {
    String now = value(id);
    return now != null && !now.equals(before) ? true : null;
  }

  private List<WebElement> css(String selector) {
    return browser.findElements(By.cssSelector(selector));
  }

  private static <T> List<T> nonEmpty(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  private void screenshot(String name) throws Exception {
    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
    Files.write(HeadlessChromium.screenshotDir().resolve(name), png);
  }
}
