package io.c360.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.console.browser.Shoppers.Shopper;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

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
  void anAnalystReadsATrainedVersionAgainstItsBaselines() {
    RepeatBuyers shop = new RepeatBuyers(platform);
    shop.send(150);
    JsonNode job = shop.trainedVersion(Duration.ofMinutes(8));
    int version = job.get("version").asInt();

    signInAs("analyst");
    browser.go("/models/" + RepeatBuyers.MODEL);
    browser.await(By.id("versions-chart"));
    browser.driver.findElement(By.linkText("v" + version)).click();
    browser.awaitText(By.cssSelector("main h1"), RepeatBuyers.MODEL + " version " + version);
    // the four charts drawn: AUCs against the baselines, lift, calibration, importance
    List<WebElement> charts = browser.driver.findElements(By.cssSelector("main .chart"));
    assertThat(charts).hasSize(4);
    new WebDriverWait(browser.driver, Duration.ofSeconds(20))
        .until(d -> browser.driver.findElements(By.cssSelector("main .chart canvas")).size() == 4);
    String aucs = charts.getFirst().getAttribute("data-chart");
    assertThat(aucs)
        .contains("ROC AUC")
        .contains("PR AUC")
        .contains("\"model\"")
        .contains("recency");
    assertThat(browser.text(By.cssSelector("main p.muted"))).contains("test rows");
    browser.screenshot("model-version");
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
    assertThat(browser.present(By.id("evaluations"))).isTrue();
    browser.screenshot("recommendations");
    browser.assertAccessible();
    browser.signOut();
  }

  @Test
  void anAnalystEvaluatesThePoliciesAndAMarketerReadsTheResultWithoutTheButton() {
    // repeat buyers: orders 35 and 34 days ago and one now, so a 7-day test window has them as
    // test customers (history before the split, a purchase in the window)
    Shoppers shoppers = new Shoppers(platform);
    List<Shopper> buyers = List.of(shoppers.shopper("Ida", 2), shoppers.shopper("Jon", 2));
    for (Shopper buyer : buyers) {
      shoppers.order(buyer, "o-now-" + buyer.userId(), 42.5, "COF-0001", "Coffee");
    }
    buyers.forEach(buyer -> shoppers.awaitOrders(buyer, 3));

    signInAs("analyst");
    browser.go("/recommendations");
    browser.await(By.id("evaluate"));
    browser.type("testDays", "7");
    browser.driver.findElement(By.xpath("//button[text()='Evaluate the policies']")).click();
    browser.awaitText(By.cssSelector("#evaluations .notice"), "started");
    Matcher started =
        Pattern.compile("Evaluation (ev-\\S+) started")
            .matcher(browser.text(By.cssSelector("#evaluations .notice")));
    assertThat(started.find()).isTrue();
    String id = started.group(1);
    // the page polls the running evaluation until its report replaces the progress bar
    new WebDriverWait(browser.driver, Duration.ofSeconds(180))
        .until(
            d ->
                browser.present(By.id("evaluation-window"))
                    && browser.text(By.id("evaluation-window")).contains(id)
                    && !browser.present(By.id("evaluation-progress")));
    String caption = browser.text(By.cssSelector("#evaluation-home caption"));
    Matcher customers = Pattern.compile("(\\d+) test customers").matcher(caption);
    assertThat(customers.find()).as(caption).isTrue();
    assertThat(Integer.parseInt(customers.group(1))).isGreaterThanOrEqualTo(buyers.size());
    assertThat(caption).contains("best simple baseline").contains("auto serves");
    assertThat(browser.texts(By.cssSelector("#evaluation-home tbody th")))
        .contains("buy-again", "popularity", "top-frequency");
    assertThat(browser.texts(By.cssSelector("#evaluation-home tr.chosen"))).hasSize(1);
    assertThat(browser.text(By.cssSelector("#evaluation-home tr.chosen")))
        .contains("auto's choice");
    assertThat(browser.present(By.cssSelector("#evaluation-chart canvas"))).isTrue();
    browser.screenshot("recommendation-evaluation");
    browser.assertAccessible();
    browser.signOut();

    signInAs("marketer");
    browser.go("/recommendations");
    browser.awaitText(By.id("evaluation-window"), id);
    assertThat(browser.present(By.id("evaluation-home"))).isTrue();
    assertThat(browser.present(By.id("evaluate"))).isFalse();
    // the analyst's form, forged with the marketer's session and CSRF token
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "var f = document.createElement('form'); f.method = 'post';"
                + "f.action = '/recommendations/evaluations';"
                + "[['testDays','7'],['_csrf', document.querySelector('meta[name=_csrf]').content]]"
                + ".forEach(function (p) { var i = document.createElement('input'); i.type = 'hidden';"
                + " i.name = p[0]; i.value = p[1]; f.appendChild(i); });"
                + "document.body.appendChild(f); f.submit();");
    browser.awaitText(By.cssSelector("main h1"), "403");
    browser.signOut();
  }

  @Test
  void anAdminSeesTheEventsIngestCountedAndAnUnknownImportAsAProblem() {
    new Shoppers(platform).shopper("Hal", 0);
    signInAs("admin");
    browser.go("/data");
    // ingest-service's 24-hour statistics: Hal's identify among the web source's accepted events
    browser.await(By.id("event-stats"));
    assertThat(browser.texts(By.cssSelector("#event-stats tbody th"))).contains("web");
    assertThat(
            Long.parseLong(
                browser.text(By.xpath("//table[@id='event-stats']/tbody/tr[th='web']/td[1]"))))
        .isPositive();
    browser.screenshot("data");
    browser.assertAccessible();

    browser.type("importId", "no-such-import");
    browser.driver.findElement(By.xpath("//button[text()='Open']")).click();
    browser.await(By.cssSelector(".problem"));
    assertThat(browser.text(By.cssSelector(".problem"))).contains("404").contains("ingest-service");
    browser.signOut();
  }
}
