// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.patrolsim.dispatch.cli.PatrolSim;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.testing.HeadlessChromium;

/**
 * report.html of a month, {@code run --days 30} of the default scenario (about 24,000 incidents, a
 * minute to simulate on one core), in headless Chromium: it opens with the incidents counted in
 * hexagons, whose figures are those of incidents.csv's rows, with or without a filter; the dots are
 * a click away; nothing is asked of the network and the console stays clean. Keeps a screenshot of
 * the month's map in target/report-month-screenshot.png (the README's picture). Runs with {@code
 * -Pbrowser-tests}.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthReportInBrowserTest {
  static final Path OUT = Path.of("target", "browser-report-month").toAbsolutePath();
  static final int DAYS = 30;
  static HeadlessChromium browser;
  static ChromeDriver driver;
  static JavascriptExecutor js;
  static String url;
  static JsonNode summary;
  static ReportChecks.Csv csv;

  @BeforeAll
  static void runAMonthAndOpenItsReport() throws IOException {
    int exit = PatrolSim.execute("run", "--days", String.valueOf(DAYS), "--out", OUT.toString());
    assertThat(exit).isZero();
    summary = ReportChecks.JSON.readTree(OUT.resolve(ReportFiles.SUMMARY).toFile());
    csv = ReportChecks.Csv.of(OUT.resolve(ReportFiles.INCIDENTS));
    url = OUT.resolve(HtmlReport.FILE).toUri().toString();
    browser = new HeadlessChromium(1400, 1100, true);
    driver = browser.driver();
    js = driver;
    browser.open(url, Duration.ofMinutes(2));
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void itOpensWithTheHexagonsOfIncidentsCsvAndAsksForNothing() throws IOException {
    ReportChecks.askedForNothing(driver, url);
    long total = summary.get("incidents").get("total").asLong();
    assertThat(summary.get("days").asInt()).isEqualTo(DAYS);
    assertThat((long) csv.rows().size()).isEqualTo(total);
    assertThat(total)
        .as("a month opens with the hexagons")
        .isGreaterThanOrEqualTo(HtmlReport.HEXAGONS_BY_DEFAULT_FROM)
        .as("and shows every incident")
        .isLessThanOrEqualTo(IncidentRecords.MAX_SHOWN);
    assertThat(js.executeScript("return window.patrolsimReport.marksOnMap()")).isEqualTo(0L);
    List<Map<String, Object>> cells = ReportChecks.hexagonsOnMap(js);
    assertThat(cells).hasSizeGreaterThan(100);
    ReportChecks.hexagonsCount(js, cells, csv, r -> true);
    assertThat(driver.findElement(By.id("notes")).getText())
        .contains("the map opens with them counted in hexagons");
  }

  @Test
  @Order(2)
  void theFiltersApplyToTheHexagons() {
    int all = ReportChecks.hexagonsOnMap(js).size();
    select("filter-priority", "urgent");
    ReportChecks.hexagonsCount(
        js, ReportChecks.hexagonsOnMap(js), csv, r -> csv.get(r, "priority").equals("urgent"));
    select("filter-disposal", "station call-out");
    List<Map<String, Object>> both = ReportChecks.hexagonsOnMap(js);
    assertThat(both).as("fewer hexagons hold urgent call-outs").hasSizeLessThan(all);
    ReportChecks.hexagonsCount(
        js,
        both,
        csv,
        r ->
            csv.get(r, "priority").equals("urgent")
                && csv.get(r, "disposal").equals("STATION_CALLOUT"));
    assertThat(driver.findElement(By.id("hex-note")).getText())
        .contains("of the incidents the filters keep");
    select("filter-priority", "all priorities");
    select("filter-disposal", "all disposals");
    assertThat(ReportChecks.hexagonsOnMap(js)).hasSize(all);
    assertThat(driver.findElement(By.id("hex-note")).getText()).doesNotContain("the filters keep");
  }

  @Test
  @Order(3)
  void switchingToTheDotsStillWorks() {
    long total = csv.rows().size();
    layerCheckbox("Incidents").click();
    assertThat(js.executeScript("return window.patrolsimReport.marksOnMap()")).isEqualTo(total);
    layerCheckbox("Incidents in hexagons").click();
    assertThat(ReportChecks.hexagonsOnMap(js)).isEmpty();
    select("filter-priority", "urgent");
    long urgent =
        csv.rows().values().stream().filter(r -> csv.get(r, "priority").equals("urgent")).count();
    assertThat(js.executeScript("return window.patrolsimReport.marksOnMap()")).isEqualTo(urgent);
    select("filter-priority", "all priorities");
    layerCheckbox("Incidents").click();
    layerCheckbox("Incidents in hexagons").click();
    assertThat(js.executeScript("return window.patrolsimReport.marksOnMap()")).isEqualTo(0L);
    assertThat(browser.consoleProblems()).as("console errors and warnings").isEmpty();
  }

  @Test
  @Order(4)
  void itKeepsAScreenshotOfTheMonthsMap() throws IOException {
    // the map as it opens (hexagons by calls), the filters and the hexagons' legend beside it
    WebElement map = driver.findElement(By.id("map-section"));
    js.executeScript("arguments[0].scrollIntoView({block: 'start'})", map);
    Path shot = map.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        shot,
        Path.of("target", "report-month-screenshot.png"),
        StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(Path.of("target", "report-month-screenshot.png"))).isPositive();
  }

  private static void select(String id, String text) {
    new Select(driver.findElement(By.id(id))).selectByVisibleText(text);
  }

  private static WebElement layerCheckbox(String name) {
    for (WebElement label :
        driver.findElements(By.cssSelector(".leaflet-control-layers-overlays label"))) {
      if (label.getText().trim().equals(name)) {
        return label.findElement(By.tagName("input"));
      }
    }
    throw new AssertionError("no layer named " + name);
  }
}
