package io.c360.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.console.browser.Shoppers.Shopper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A marketer's journey: build an audience of likely churners (three shoppers of this run's own
 * cohort, two of them scored high), see its size while editing, save it, create a win-back with a
 * holdout, preview it for a member, launch it, watch it complete and read the report.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MarketingBrowserTest extends BrowserTest {

  private final String cohort = "c" + UUID.randomUUID().toString().substring(0, 8);
  private String audienceUrl;
  private final List<Shopper> churners = new ArrayList<>();

  @Test
  @Order(1)
  void aMarketerBuildsAnAudienceAndSeesItsSizeWhileEditing() {
    Shoppers shoppers = new Shoppers(platform);
    Shopper dee = shoppers.shopper("Dee", 1, cohort);
    Shopper eve = shoppers.shopper("Eve", 1, cohort);
    Shopper fay = shoppers.shopper("Fay", 1, cohort);
    shoppers.score(dee.profileId(), "churn_90d", 0.91);
    shoppers.score(eve.profileId(), "churn_90d", 0.77);
    shoppers.score(fay.profileId(), "churn_90d", 0.12);
    churners.addAll(List.of(dee, eve));
    signInAs("marketer");

    browser.go("/audiences/new");
    browser.type("name", "Likely churners " + cohort);
    browser.type("key", "churners_" + cohort);
    browser.type("field-0", "traits.cohort");
    browser.type("value-0", cohort);
    browser.awaitText(By.id("estimate"), "3");
    assertThat(browser.text(By.id("estimated-size"))).isEqualTo("3");

    browser.type("field-1", "scores.churn_90d");
    new Select(browser.driver.findElement(By.id("op-1"))).selectByValue("gte");
    browser.type("value-1", "0.5");
    browser.awaitText(By.id("estimated-size"), "2");
    browser.screenshot("audience-builder");
    browser.assertAccessible();

    browser.driver.findElement(By.cssSelector("#rule-form button[type=submit]")).click();
    browser.awaitText(By.id("audience-size"), "2");
    audienceUrl = browser.driver.getCurrentUrl();
    browser.screenshot("audience");

    browser.go("/audiences");
    assertThat(browser.texts(By.cssSelector("tr.audience")))
        .anyMatch(row -> row.contains("churners_" + cohort) && row.contains(" 2 "));
    browser.screenshot("audiences");
    browser.assertAccessible();
  }

  @Test
  @Order(2)
  void aMarketerLaunchesAWinBackAndReadsItsReport() {
    assertThat(audienceUrl).as("the audience of the first step").isNotNull();
    browser.driver.get(audienceUrl);
    browser.driver.findElement(By.partialLinkText("win-back")).click();
    browser.await(By.id("campaign-form"));
    browser.type("name", "Win back " + cohort);
    browser.type("holdoutPercent", "50");
    browser.driver.findElement(By.id("preview-button")).click();
    browser.await(By.id("preview-body"));
    assertThat(browser.text(By.id("preview"))).containsAnyOf("Dee", "Eve");
    browser.screenshot("campaign-new");
    browser.assertAccessible();

    browser.driver.findElement(By.cssSelector("#campaign-form button[type=submit]")).click();
    browser.await(By.id("launch")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(120))
        .until(d -> browser.text(By.id("campaign-status")).equals("completed"));
    assertThat(browser.text(By.id("progress"))).contains("2 of 2");
    browser.screenshot("campaign");

    // both come back and buy: whichever group each is in, the report counts the conversion
    Shoppers shoppers = new Shoppers(platform);
    churners.forEach(s -> shoppers.order(s, "wb-" + s.userId(), 30.0));
    browser.driver.findElement(By.id("report-link")).click();
    browser.await(By.id("arms"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(120))
        .until(
            d -> {
              d.navigate().refresh();
              return conversions() == 2;
            });
    assertThat(browser.text(By.id("arm-treatment")) + browser.text(By.id("arm-control")))
        .as("both members are in the report, treated or held out")
        .isNotBlank();
    long members =
        Long.parseLong(browser.text(By.cssSelector("#arm-treatment td")))
            + Long.parseLong(browser.text(By.cssSelector("#arm-control td")));
    assertThat(members).isEqualTo(2);
    assertThat(browser.present(By.cssSelector("#conversion-chart canvas"))).isTrue();
    assertThat(browser.text(By.id("arms"))).contains("30.00");
    assertThat(browser.text(By.id("uplift"))).isNotBlank();
    browser.screenshot("campaign-report");
    browser.assertAccessible();

    browser.go("/campaigns");
    browser.awaitText(By.tagName("main"), "Win back " + cohort);
    browser.screenshot("campaigns");
    browser.assertAccessible();
  }

  private long conversions() {
    return Long.parseLong(browser.text(By.cssSelector("#arm-treatment td:nth-of-type(2)")))
        + Long.parseLong(browser.text(By.cssSelector("#arm-control td:nth-of-type(2)")));
  }
}
