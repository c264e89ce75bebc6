package io.c360.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

class SignInBrowserTest extends BrowserTest {

  @Test
  void aWrongPasswordIsRefusedAndPagesNeedASignIn() {
    browser.go("/customers");
    browser.await(By.id("username"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/login");
    browser.screenshot("login");
    browser.assertAccessible();

    browser.type("username", "marketer");
    browser.type("password", "not-the-password");
    browser.driver.findElement(By.cssSelector("main form button")).click();
    browser.awaitText(By.cssSelector("main .error"), "not right");
    assertThat(browser.present(By.cssSelector("header .who"))).isFalse();
  }

  @Test
  void aMarketerSeesTheMarketingPagesAndSignsOut() {
    signInAs("marketer");
    assertThat(browser.texts(By.cssSelector("header nav a")))
        .containsExactly("Customers", "Audiences", "Campaigns", "Recommendations");
    assertThat(browser.text(By.cssSelector("header .who"))).contains("marketer");
    browser.screenshot("home-marketer");
    browser.assertAccessible();

    browser.go("/models");
    browser.awaitText(By.cssSelector("main h1"), "403");
    browser.signOut();
    assertThat(browser.text(By.cssSelector("main"))).contains("You have signed out");
  }

  @Test
  void anAdminSeesEveryPageAndTheKeyboardReachesTheNavigation() {
    signInAs("admin");
    assertThat(browser.texts(By.cssSelector("header nav a")))
        .containsExactly(
            "Customers",
            "Audiences",
            "Campaigns",
            "Models",
            "Recommendations",
            "Link suggestions",
            "Data");
    // keyboard: the first Tab lands on the skip link, the next ones walk the navigation
    browser.driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
    assertThat(browser.driver.switchTo().activeElement().getText()).isEqualTo("Skip to content");
    browser.signOut();
  }
}
