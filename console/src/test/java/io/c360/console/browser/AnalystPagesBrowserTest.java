package io.c360.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.console.browser.Shoppers.Shopper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages of models, recommendations and data, as an analyst and an admin see them. */
class AnalystPagesBrowserTest extends BrowserTest {

  @Test
  void anAnalystSeesTheModelsScoringServiceKnowsWithoutThePromoteButton() {
    signInAs("analyst");
    browser.go("/models");
    browser.await(By.id("models"));
    assertThat(browser.text(By.id("models"))).contains("churn_90d").contains("repurchase_30d");
    browser.screenshot("models");
    browser.assertAccessible();

    browser.driver.findElement(By.linkText("churn_90d")).click();
    browser.await(By.id("versions-chart"));
    assertThat(browser.driver.findElements(By.xpath("//button[text()='Promote']"))).isEmpty();

    // a training run on this nearly empty world: its page follows it until scoring-service gives
    // up, and shows why
    browser.driver.findElement(By.xpath("//button[text()='Train a new version']")).click();
    browser.await(By.id("job-progress"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(120))
        .until(d -> List.of("succeeded", "failed").contains(browser.text(By.id("job-status"))));
    assertThat(browser.text(By.id("job-status"))).isEqualTo("failed");
    assertThat(browser.text(By.id("job-progress"))).contains("too little data");
    browser.screenshot("training");
    browser.assertAccessible();
    browser.signOut();
  }

  @Test
  void anAnalystSeesWhatACustomerIsRecommendedInEachContext() {
    Shopper gil = new Shoppers(platform).shopper("Gil", 1);
    signInAs("analyst");
    browser.go("/recommendations?type=userId&value=" + gil.userId());
    browser.await(By.id("ctx-home"));
    assertThat(browser.texts(By.cssSelector("section.context h2")))
        .containsExactly("Context home", "Context product", "Context cart", "Context checkout");
    assertThat(browser.text(By.id("evaluations"))).contains("Not available yet");
    browser.screenshot("recommendations");
    browser.assertAccessible();
    browser.signOut();
  }

  @Test
  void anAdminSeesTheEventsIngestCountedAndAnUnknownImportAsAProblem() {
    new Shoppers(platform).shopper("Hal", 0);
    signInAs("admin");
    browser.go("/data");
    browser.await(By.id("event-counts"));
    assertThat(browser.texts(By.cssSelector("#event-counts tbody tr")))
        .anyMatch(row -> row.startsWith("web identify accepted"));
    browser.screenshot("data");
    browser.assertAccessible();

    browser.type("importId", "no-such-import");
    browser.driver.findElement(By.cssSelector("main form button")).click();
    browser.await(By.cssSelector(".problem"));
    assertThat(browser.text(By.cssSelector(".problem"))).contains("404").contains("ingest-service");
    browser.signOut();
  }
}
