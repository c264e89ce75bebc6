package io.c360.console.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.webjars.WebJarVersionLocator;

/**
 * One headless Chromium (Debian's, driven by Debian's chromedriver) for one test class, with what
 * the tests do in it: sign in, read the page, save a screenshot, check accessibility with axe-core.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(60);

  final WebDriver driver;
  private final String baseUrl;
  private final Path profileDir;

  private Browser(WebDriver driver, String baseUrl, Path profileDir) {
    this.driver = driver;
    this.baseUrl = baseUrl;
    this.profileDir = profileDir;
  }

  /** Skips the test class (an assumption) when this machine has no Chromium. */
  static void assumeChromium() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
  }

  static Browser open(String baseUrl) {
    assumeChromium();
    try {
      Path profileDir = Files.createTempDirectory("c360-chromium-");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--window-size=1280,1000",
          "--user-data-dir=" + profileDir);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      return new Browser(new ChromeDriver(service, options), baseUrl, profileDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void go(String path) {
    driver.get(baseUrl + path);
  }

  void signIn(String user, String password) {
    go("/login");
    type("username", user);
    type("password", password);
    driver.findElement(By.cssSelector("main form button[type=submit]")).click();
    await(By.cssSelector("header .who"));
  }

  void signOut() {
    driver.findElement(By.cssSelector("header .who button")).click();
    await(By.id("username"));
  }

  void type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  WebElement await(By by) {
    return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void awaitText(By by, String text) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  String text(By by) {
    for (int attempt = 1; ; attempt++) {
      try {
        return driver.findElement(by).getText();
      } catch (StaleElementReferenceException swapped) {
        if (attempt == 5) {
          throw swapped;
        }
      }
    }
  }

  /** The text of every element found, read again when htmx swapped the page meanwhile. */
  List<String> texts(By by) {
    for (int attempt = 1; ; attempt++) {
      try {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
      } catch (StaleElementReferenceException swapped) {
        if (attempt == 5) {
          throw swapped;
        }
      }
    }
  }

  boolean present(By by) {
    return !driver.findElements(by).isEmpty();
  }

  /** Saves the page as target/screenshots/{name}.png. */
  void screenshot(String name) {
    Path dir = Path.of(System.getProperty("c360.console.it.screenshots", "target/screenshots"));
    try {
      Files.createDirectories(dir);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(dir.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs axe-core (from its WebJar) in the page and asserts that it finds no serious or critical
   * violation, listing each one found with the elements concerned.
   */
  @SuppressWarnings("unchecked")
  void assertAccessible() {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    js.executeScript(axeSource());
    Object result =
        js.executeAsyncScript(
            "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) {"
                + " return {id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; })); })"
                + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]); });");
    List<String> serious = new ArrayList<>();
    for (Object v : (List<Object>) result) {
      Map<String, Object> violation = (Map<String, Object>) v;
      Object impact = violation.get("impact");
      if ("serious".equals(impact) || "critical".equals(impact)) {
        serious.add(
            violation.get("id")
                + " ("
                + impact
                + "): "
                + violation.get("help")
                + " at "
                + violation.get("nodes"));
      }
    }
    assertThat(serious).as("axe-core violations on " + driver.getCurrentUrl()).isEmpty();
  }

  private static String axeSource() {
    String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
    if (path == null) {
      throw new IllegalStateException("the axe-core WebJar is not on the test classpath");
    }
    try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("axe-core is not on the test classpath at " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profileDir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
