// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.patrolsim.dispatch.cli.PatrolSim;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.testing.HeadlessChromium;

/**
 * sweep.html of the default plan with 24 and 48 cars (one day, 2 replications each), opened from
 * {@code file://} in headless Chromium: every KPI of every variant in the table, its mean and its
 * paired difference from the baseline with the interval, equals sweep.json's; a card per headline
 * KPI shows the baseline's mean; every chart panel draws; the page says why it has no map; no
 * console error and no network request. Runs with {@code -Pbrowser-tests}; keeps a screenshot in
 * target/sweep-screenshot.png.
 */
@Tag("browser")
class SweepInBrowserTest {
  static final Path OUT = Path.of("target", "browser-sweep").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static JsonNode sweep;
  static HeadlessChromium browser;
  static ChromeDriver driver;
  static String url;
  static List<String> requests = new ArrayList<>();
  static List<String> consoleProblems = new ArrayList<>();

  @BeforeAll
  static void sweepTheDefaultPlanWith24And48CarsAndOpenThePage() throws IOException {
    Files.createDirectories(OUT);
    Path plan = OUT.resolve("plan.yaml");
    Files.writeString(plan, "set:\n  days: 1\ngrid:\n  fleet.vehicles: [24, 48]\n");
    Path out = OUT.resolve("sweep");
    assertThat(
            PatrolSim.execute(
                "sweep", plan.toString(), "--replications", "2", "--out", out.toString()))
        .isZero();
    sweep = JSON.readTree(out.resolve(SweepFiles.JSON).toFile());
    url = out.resolve(SweepFiles.CHART).toUri().toString();
    browser = new HeadlessChromium(1400, 2400, true);
    driver = browser.driver();
    browser.open(url, Duration.ofSeconds(60));
    consoleProblems.addAll(browser.consoleProblems());
    requests.addAll(browser.requestsOf(url));
    Files.write(
        Path.of("target", "sweep-screenshot.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void itOpensWithNoConsoleErrorAndNoNetworkRequest() {
    HeadlessChromium.assertSelfContained(driver, url, requests, consoleProblems);
  }

  @Test
  void everyCellOfTheTableIsSweepJsons() {
    assertThat(sweep.get("variants")).hasSize(2);
    for (JsonNode v : sweep.get("variants")) {
      String name = v.get("name").asText();
      for (Kpi kpi : KpiCatalogue.all()) {
        JsonNode e = v.get("kpis").get(kpi.key());
        WebElement td =
            driver.findElement(
                By.cssSelector(
                    "#kpi-table tr[data-kpi='" + kpi.key() + "'] td[data-variant='" + name + "']"));
        String where = name + " " + kpi.key();
        same(td.getAttribute("data-mean"), e.get("mean"), where + " mean");
        same(td.getAttribute("data-delta"), e.at("/vsBaseline/mean"), where + " vs baseline");
        same(td.getAttribute("data-delta-low"), e.at("/vsBaseline/ciLow"), where + " low");
        same(td.getAttribute("data-delta-high"), e.at("/vsBaseline/ciHigh"), where + " high");
      }
    }
    // the 48 cars' street-level disposal differs from the 24's by an interval of its own
    JsonNode street = sweep.at("/variants/1/kpis/streetDisposalShare/vsBaseline");
    assertThat(street.get("n").asInt()).isEqualTo(2);
    assertThat(street.get("ciLow").isNumber()).isTrue();
  }

  @Test
  void aCardPerHeadlineKpiShowsTheBaselinesMean() {
    assertThat(driver.findElements(By.cssSelector("#cards .card")))
        .hasSize(KpiCatalogue.MAIN.size());
    JsonNode base = sweep.at("/variants/0/kpis/streetDisposalShare/mean");
    assertThat(sweep.get("baseline").asText()).isEqualTo(sweep.at("/variants/0/name").asText());
    assertThat(text("#cards [data-kpi='streetDisposalShare'] .value"))
        .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f %%", base.asDouble() * 100));
    assertThat(text("#cards [data-kpi='streetDisposalShare'] .best"))
        .startsWith("best: " + sweep.at("/variants/1/name").asText());
  }

  @Test
  void everyChartDrawsAndThePageSaysWhyNoMap() {
    assertThat(driver.findElements(By.cssSelector("#panels .chart svg"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#panels .chart")))
        .allMatch(c -> !c.findElements(By.tagName("svg")).isEmpty());
    assertThat(text("#map-note")).isEqualTo(SweepKpiTable.NO_MAP);
  }

  private static void same(String shown, JsonNode json, String what) {
    if (json.isNull()) {
      assertThat(shown).as(what).isEqualTo("null");
    } else {
      assertThat(Double.parseDouble(shown)).as(what).isEqualTo(json.asDouble());
    }
  }

  static String text(String selector) {
    return driver.findElement(By.cssSelector(selector)).getAttribute("textContent").trim();
  }
}
