package io.c360.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.console.browser.CustomerFiles.Twins;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A data steward works identity-service's review queue; a marketer may not. */
class LinkSuggestionBrowserTest extends BrowserTest {

  @Test
  void aStewardAcceptsASuggestionAndTheTwoProfilesAreOneCustomer() {
    String last = surname();
    CustomerFiles files = new CustomerFiles(platform);
    Twins twins = files.twins("Ann", "Beth", last);

    signInAs("steward");
    assertThat(browser.texts(By.cssSelector("header nav a")))
        .containsExactly("Customers", "Recommendations", "Link suggestions");
    browser.go("/link-suggestions");
    browser.await(By.id("suggestions"));
    By row = By.cssSelector("#suggestions tr[data-id='" + twins.suggestionId() + "']");
    assertThat(browser.text(row)).contains("Ann " + last).contains("Beth " + last);
    browser.screenshot("link-suggestions");
    browser.assertAccessible();

    browser.driver.findElement(row).findElement(By.partialLinkText("Review")).click();
    browser.await(By.id("side-by-side"));
    assertThat(browser.text(By.id("suggestion-status"))).isEqualTo("pending");
    assertThat(Double.parseDouble(browser.text(By.id("suggestion-score")))).isPositive();
    assertThat(browser.texts(By.cssSelector("#side-by-side tbody tr")))
        .contains("Last name " + last + " " + last + " 100 %")
        .anyMatch(r -> r.startsWith("First name ") && !r.endsWith("100 %"));
    browser.screenshot("link-suggestion");
    browser.assertAccessible();

    // the confirmation box is required: without it the browser does not send the form
    browser.driver.findElement(By.cssSelector("#accept button")).click();
    assertThat(browser.present(By.cssSelector("main .notice"))).isFalse();
    browser.driver.findElement(By.cssSelector("#accept input[name=confirm]")).click();
    browser.driver.findElement(By.cssSelector("#accept button")).click();
    browser.awaitText(By.cssSelector("main .notice"), "one customer");
    assertThat(browser.text(By.id("suggestion-status"))).isEqualTo("accepted");
    assertThat(browser.present(By.id("accept"))).isFalse();
    assertThat(files.profileOf("Beth" + last)).isEqualTo(files.profileOf("Ann" + last));
    browser.screenshot("link-suggestion-accepted");

    // decided: no longer in the queue, and identity-service's 409 shows as its problem detail
    browser.go("/link-suggestions/" + twins.suggestionId());
    browser.await(By.cssSelector(".problem"));
    assertThat(browser.text(By.cssSelector(".problem"))).contains("404").contains("console");
    browser.go("/link-suggestions");
    assertThat(browser.present(row)).isFalse();
    browser.signOut();
  }

  @Test
  void aDecisionTakenMeanwhileShowsIdentityServicesConflict() {
    String last = surname();
    Twins twins = new CustomerFiles(platform).twins("Cleo", "Dora", last);
    signInAs("admin");
    browser.go("/link-suggestions/" + twins.suggestionId());
    browser.await(By.id("reject"));
    // another steward rejects it while this page is open
    var identity = new io.c360.devstack.test.ApiClient(platform.port("identity"));
    assertThat(
            identity
                .post(
                    "/v1/link-suggestions/" + twins.suggestionId() + "/reject",
                    "",
                    platform.adminToken)
                .status())
        .isEqualTo(200);
    browser.driver.findElement(By.cssSelector("#reject input[name=confirm]")).click();
    browser.driver.findElement(By.cssSelector("#reject button")).click();
    browser.await(By.cssSelector(".problem"));
    assertThat(browser.text(By.cssSelector(".problem")))
        .contains("409")
        .contains("identity-service")
        .contains("decided already");
    browser.assertAccessible();
    browser.signOut();
  }

  /** A surname of this run only, so its records match nobody else's. */
  private static String surname() {
    StringBuilder name = new StringBuilder("Q");
    for (int i = 0; i < 7; i++) {
      name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return name.toString();
  }

  @Test
  void aMarketerIsRefusedTheQueue() {
    signInAs("marketer");
    assertThat(browser.texts(By.cssSelector("header nav a"))).doesNotContain("Link suggestions");
    browser.go("/link-suggestions");
    browser.awaitText(By.cssSelector("main h1"), "403");
    browser.signOut();
  }
}
