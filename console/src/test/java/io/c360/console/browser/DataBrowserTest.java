package io.c360.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Data page with ingest-service's imports and 24-hour statistics: an admin uploads a POS file
 * with the file input, follows its import to the end, finds it in the list and its events in the
 * table by source and reason; an analyst reads the page without the upload form and a marketer is
 * refused the upload.
 */
class DataBrowserTest extends BrowserTest {

  /** The reason ingest-service gives the bad row, and its heading without the quoted value. */
  private static final String BAD_QUANTITY = "quantity 'two' is not a whole number";

  private static final String BAD_QUANTITY_REASON = "quantity is not a whole number";

  @Test
  void anAdminUploadsASalesFileAndFollowsItIntoTheListAndTheEventCounts() {
    // three orders in four valid lines (the second order has two), and one line ingest refuses
    String run = UUID.randomUUID().toString().substring(0, 8);
    Instant at = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    Path file =
        csv(
            "pos-" + run,
            "transaction_id,store_id,occurred_at,email,sku,quantity,unit_price,currency",
            line("t1-" + run, at, "ana-" + run + "@example.com", "COF-0001", "1", "9.50"),
            line("t2-" + run, at, "ben-" + run + "@example.com", "COF-0001", "2", "9.50"),
            line("t2-" + run, at, "ben-" + run + "@example.com", "TEA-0002", "1", "4.25"),
            line("t3-" + run, at, "cy-" + run + "@example.com", "TEA-0002", "3", "4.25"),
            line("t4-" + run, at, "dee-" + run + "@example.com", "COF-0001", "two", "9.50"));

    signInAs("admin");
    browser.go("/data");
    browser.await(By.id("upload"));
    long posBefore = statsCell("pos", "Accepted");
    long quarantinedBefore = statsCell("pos-sales", BAD_QUANTITY_REASON);

    browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
    new Select(browser.driver.findElement(By.id("kind"))).selectByValue("pos-sales");
    browser.driver.findElement(By.xpath("//button[text()='Upload and import']")).click();

    // the import's page follows it until it ends
    browser.await(By.id("import-progress"));
    String importId = browser.text(By.cssSelector("main h1 code"));
    assertThat(browser.driver.getCurrentUrl()).endsWith("/data/imports/" + importId);
    new WebDriverWait(browser.driver, Duration.ofSeconds(120))
        .until(d -> List.of("COMPLETED", "FAILED").contains(browser.text(By.id("import-status"))));
    assertThat(browser.text(By.id("import-status"))).isEqualTo("COMPLETED");
    assertThat(fact("Kind")).isEqualTo("pos-sales");
    assertThat(fact("File")).endsWith(file.getFileName().toString());
    assertThat(fact("Rows read")).isEqualTo("5");
    assertThat(fact("Accepted")).isEqualTo("4");
    assertThat(fact("Rejected")).isEqualTo("1");
    assertThat(fact("Duplicates")).isEqualTo("0");
    assertThat(browser.texts(By.cssSelector("#import-progress tbody tr")))
        .containsExactly("5 " + BAD_QUANTITY);
    assertThat(browser.present(By.cssSelector("#import-progress progress"))).isFalse();
    browser.screenshot("data-import");
    browser.assertAccessible();

    // the list, newest first, links the import with the same counts
    browser.driver.findElement(By.linkText("Data")).click();
    browser.await(By.id("imports"));
    WebElement row =
        browser.driver.findElement(
            By.xpath("//table[@id='imports']/tbody/tr[td/a[text()='" + importId + "']]"));
    assertThat(row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
        .startsWith(importId, "pos-sales")
        .containsSubsequence("COMPLETED", "5", "4", "1", "0");
    assertThat(browser.text(By.cssSelector("#imports tbody tr td a"))).isEqualTo(importId);

    // the 24-hour table: the three orders under the POS source, the bad line under its reason
    assertThat(statsCell("pos", "Accepted")).isEqualTo(posBefore + 3);
    assertThat(statsCell("pos-sales", BAD_QUANTITY_REASON)).isEqualTo(quarantinedBefore + 1);
    assertThat(statsCell("pos-sales", "Quarantined")).isGreaterThanOrEqualTo(1);
    browser.screenshot("data-imports");
    browser.assertAccessible();

    browser.driver.findElement(By.linkText(importId)).click();
    browser.awaitText(By.id("import-status"), "COMPLETED");
    assertThat(browser.text(By.cssSelector("main h1 code"))).isEqualTo(importId);
    browser.signOut();
  }

  @Test
  void anAnalystHasNoUploadFormAndAMarketerIsRefusedTheUpload() {
    signInAs("analyst");
    browser.go("/data");
    browser.await(By.id("importId"));
    assertThat(browser.present(By.id("upload"))).isFalse();
    assertThat(browser.present(By.cssSelector("input[type=file]"))).isFalse();
    browser.assertAccessible();
    browser.signOut();

    signInAs("marketer");
    browser.go("/data");
    browser.awaitText(By.cssSelector("main h1"), "403");
    // the admin's form, forged with the marketer's session and CSRF token
    Path file =
        csv(
            "forged",
            "transaction_id,occurred_at,sku,quantity,unit_price",
            "f1," + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ",COF-0001,1,9.50");
    browser.go("/");
    browser.await(By.cssSelector("header .who"));
    ((JavascriptExecutor) browser.driver)
        .executeScript(
            "var f = document.createElement('form'); f.method = 'post';"
                + "f.enctype = 'multipart/form-data'; f.action = '/data/imports';"
                + "var i = document.createElement('input'); i.type = 'file'; i.name = 'file';"
                + "i.id = 'forged-file'; f.appendChild(i);"
                + "[['kind','pos-sales'],['_csrf', document.querySelector('meta[name=_csrf]').content]]"
                + ".forEach(function (p) { var h = document.createElement('input'); h.type = 'hidden';"
                + " h.name = p[0]; h.value = p[1]; f.appendChild(h); });"
                + "f.id = 'forged'; document.body.appendChild(f);");
    browser.driver.findElement(By.id("forged-file")).sendKeys(file.toAbsolutePath().toString());
    ((JavascriptExecutor) browser.driver)
        .executeScript("document.getElementById('forged').submit();");
    browser.awaitText(By.cssSelector("main h1"), "403");
    browser.signOut();
  }

  /** The value of one fact ({@code <dt>}/{@code <dd>}) of the import's page. */
  private String fact(String name) {
    return browser.text(
        By.xpath("//section[@id='import-progress']//dt[text()='" + name + "']/following::dd[1]"));
  }

  /**
   * One number of the 24-hour events table, by source (row) and heading (column), read from a fresh
   * Data page; 0 when the table has no such row or column yet.
   */
  private long statsCell(String source, String heading) {
    browser.go("/data");
    browser.await(By.cssSelector("main h1"));
    List<String> headings = browser.texts(By.cssSelector("#event-stats thead th"));
    int column = headings.indexOf(heading);
    List<WebElement> cells =
        browser.driver.findElements(
            By.xpath("//table[@id='event-stats']/tbody/tr[th='" + source + "']/*"));
    if (column < 0 || cells.isEmpty()) {
      return 0;
    }
    return Long.parseLong(cells.get(column).getText().strip());
  }

  private static String line(
      String transaction, Instant at, String email, String sku, String quantity, String price) {
    return String.join(",", transaction, "s-01", at.toString(), email, sku, quantity, price, "USD");
  }

  private static Path csv(String name, String... lines) {
    try {
      Path dir = Files.createTempDirectory("c360-upload-");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve(name + ".csv");
      Files.writeString(file, String.join("\n", lines) + "\n");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
