package io.c360.console.browser;

import io.c360.devstack.test.WithDevStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the browser tests: the platform (started once per test JVM) and one browser per test
 * class. The whole class is skipped, as an assumption, when this machine has no Chromium.
 */
@WithDevStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

  protected Platform platform;
  protected Browser browser;

  @BeforeAll
  void openBrowser() {
    Browser.assumeChromium();
    platform = Platform.get();
    browser = Browser.open(platform.consoleUrl());
  }

  @AfterAll
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  protected void signInAs(String role) {
    browser.signIn(role, platform.passwords.get(role));
  }
}
