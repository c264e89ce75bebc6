package io.c360.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.console.browser.Shoppers.Shopper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

class CustomerBrowserTest extends BrowserTest {

  @Test
  void anAnalystFindsACustomerByEmailAndSeesHerTimelineAndScores() {
    Shoppers shoppers = new Shoppers(platform);
    Shopper ann = shoppers.shopper("Ann", 2);
    shoppers.score(ann.profileId(), "churn_90d", 0.83);
    signInAs("analyst");

    browser.go("/customers");
    new Select(browser.driver.findElement(By.id("type"))).selectByValue("email");
    browser.type("value", ann.email().toUpperCase());
    browser.driver.findElement(By.cssSelector("form[role=search] button")).click();

    browser.awaitText(By.cssSelector("main h1"), ann.profileId());
    browser.awaitText(By.id("scores"), "churn_90d");
    assertThat(browser.text(By.id("scores"))).contains("0.830").contains("days_since_last_order");
    browser.await(By.cssSelector("#timeline tr.event"));
    assertThat(browser.texts(By.cssSelector("#timeline tr.event")))
        .filteredOn(row -> row.contains("Order Completed"))
        .hasSize(2);
    assertThat(browser.text(By.tagName("main"))).contains(ann.email()).contains("firstName");
    assertThat(browser.present(By.id("erase"))).as("no erase for an analyst").isFalse();
    browser.screenshot("customer");
    browser.assertAccessible();

    browser.type("eventType", "Order Completed");
    browser.driver.findElement(By.cssSelector("#timeline form button")).click();
    browser.await(By.cssSelector("#timeline tr.event"));
    assertThat(browser.texts(By.cssSelector("#timeline tr.event")))
        .hasSize(2)
        .allMatch(row -> row.contains("Order Completed"));
    browser.signOut();
  }

  @Test
  void anUnknownEmailShowsIdentityServicesProblemDetail() {
    signInAs("marketer");
    browser.go("/customers?type=email&value=nobody-" + System.nanoTime() + "@example.com");
    browser.await(By.cssSelector(".problem"));
    assertThat(browser.text(By.cssSelector(".problem")))
        .contains("404")
        .contains("identity-service");
    assertThat(browser.driver.getPageSource())
        .doesNotContain("Exception")
        .doesNotContain("at io.c360");
    browser.screenshot("customer-not-found");
    browser.signOut();
  }

  @Test
  void aMarketerIsRefusedTheAdminActionsWithNoButtonAndA403() {
    Shopper bob = new Shoppers(platform).shopper("Bob", 1);
    signInAs("marketer");
    browser.go("/customers/" + bob.profileId());
    browser.awaitText(By.cssSelector("main h1"), bob.profileId());
    assertThat(browser.present(By.id("erase"))).isFalse();
    assertThat(browser.driver.findElements(By.xpath("//button[text()='Unmerge']"))).isEmpty();

    // the same request the admin's button sends, with the marketer's session and CSRF token
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "var f = document.createElement('form'); f.method = 'post';"
                + "f.action = '/customers/' + arguments[0] + '/erase';"
                + "[['reason','test'],['confirm','yes'],['_csrf', document.querySelector('meta[name=_csrf]').content]]"
                + ".forEach(function (p) { var i = document.createElement('input'); i.type = 'hidden';"
                + " i.name = p[0]; i.value = p[1]; f.appendChild(i); });"
                + "document.body.appendChild(f); f.submit();",
            bob.profileId());
    browser.awaitText(By.cssSelector("main h1"), "403");
    browser.screenshot("forbidden");
    browser.assertAccessible();
    browser.go("/customers/" + bob.profileId());
    browser.awaitText(By.cssSelector("main h1"), bob.profileId());
    browser.signOut();
  }

  @Test
  void anAdminUnmergesAProfileWithAReason() {
    Shoppers.Merged ivy = new Shoppers(platform).mergedShopper("Ivy");
    signInAs("admin");
    browser.go("/customers/" + ivy.shopper().profileId());
    browser.awaitText(By.id("merges-title"), "Merge history");
    assertThat(browser.text(By.tagName("main"))).contains(ivy.mergedProfileId());
    browser.type("ureason-0", "shared tablet");
    browser
        .driver
        .findElement(By.cssSelector("form[action$='/unmerge'] input[type=checkbox]"))
        .click();
    browser.driver.findElement(By.xpath("//button[text()='Unmerge']")).click();
    browser.awaitText(By.cssSelector("main .notice"), ivy.mergedProfileId());
    browser.screenshot("customer-unmerged");
    browser.signOut();
  }

  @Test
  void anAdminErasesACustomerWithAReason() {
    Shopper cat = new Shoppers(platform).shopper("Cat", 1);
    signInAs("admin");
    browser.go("/customers/" + cat.profileId());
    browser.await(By.id("erase"));
    browser.screenshot("customer-admin");
    browser.type("erase-reason", "asked to be forgotten");
    browser.driver.findElement(By.cssSelector("#erase input[type=checkbox]")).click();
    browser.driver.findElement(By.cssSelector("#erase button")).click();
    browser.awaitText(By.cssSelector("main h1"), "erased");

    browser.go("/customers?type=email&value=" + cat.email());
    browser.await(By.cssSelector(".problem"));
    assertThat(browser.text(By.cssSelector(".problem"))).containsAnyOf("404", "410");
    browser.signOut();
  }
}
