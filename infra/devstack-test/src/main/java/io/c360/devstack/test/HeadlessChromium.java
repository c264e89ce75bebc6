package io.c360.devstack.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser for tests: Debian's {@code chromium} driven through its {@code chromedriver},
 * headless, with a fresh profile. Nothing is downloaded (the machine has no route to a browser
 * download); {@code .ci/run} installs both packages when they are missing. Override the paths with
 * {@code C360_CHROMIUM} and {@code C360_CHROMEDRIVER}.
 */
public final class HeadlessChromium {

  private static final Path BINARY = path("C360_CHROMIUM", "/usr/bin/chromium");
  private static final Path DRIVER = path("C360_CHROMEDRIVER", "/usr/bin/chromedriver");

  private HeadlessChromium() {}

  /** Whether both the browser and its driver are installed. */
  public static boolean available() {
    return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
  }

  /** Starts a headless browser; quit it when done (one per test class keeps the cores free). */
  public static ChromeDriver start() {
    Path profile;
    try {
      profile = Files.createTempDirectory("c360-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }

  private static Path path(String variable, String fallback) {
    String value = System.getenv(variable);
    return Path.of(value == null || value.isBlank() ? fallback : value);
  }
}
