// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.patrolsim.dispatch.cli.PatrolSim;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.testing.HeadlessChromium;

/**
 * compare.html of the default plan with 24 cars (A) against 48 (B), one day each, opened from
 * {@code file://} in headless Chromium: every KPI's B - A on the page equals the difference of the
 * two summary.json's values, the headline cards show them in their units, both maps draw every
 * incident and station of their run, every chart draws, with no console error and no network
 * request. Runs with {@code -Pbrowser-tests}; keeps a screenshot in target/compare-screenshot.png.
 */
@Tag("browser")
class CompareInBrowserTest {
  static final Path OUT = Path.of("target", "browser-compare").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static double[] a;
  static double[] b;
  static JsonNode summaryA;
  static JsonNode summaryB;
  static HeadlessChromium browser;
  static ChromeDriver driver;
  static String url;
  static List<String> requests = new ArrayList<>();
  static List<String> consoleProblems = new ArrayList<>();

  @BeforeAll
  static void compareTheDefaultPlanWith24And48CarsAndOpenThePage() throws IOException {
    Path a24 = run(24);
    Path b48 = run(48);
    Path out = OUT.resolve("compare");
    assertThat(
            PatrolSim.execute("compare", a24.toString(), b48.toString(), "--out", out.toString()))
        .isZero();
    a = values(a24);
    b = values(b48);
    summaryA = JSON.readTree(a24.resolve("summary.json").toFile());
    summaryB = JSON.readTree(b48.resolve("summary.json").toFile());
    url = out.resolve("compare.html").toUri().toString();
    browser = new HeadlessChromium(1400, 2400, true);
    driver = browser.driver();
    browser.open(url, Duration.ofSeconds(60));
    consoleProblems.addAll(browser.consoleProblems());
    requests.addAll(browser.requestsOf(url));
    Files.write(
        Path.of("target", "compare-screenshot.png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  static Path run(int cars) {
    Path out = OUT.resolve("cars-" + cars);
    assertThat(
            PatrolSim.execute(
                "run", "--days", "1", "--set", "fleet.vehicles=" + cars, "--out", out.toString()))
        .isZero();
    return out;
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
  void everyKpisDeltaIsTheDifferenceOfTheTwoSummaries() {
    for (int k = 0; k < KpiCatalogue.size(); k++) {
      Kpi kpi = KpiCatalogue.all().get(k);
      String shown =
          driver
              .findElement(By.cssSelector("#kpi-table tr[data-kpi='" + kpi.key() + "'] td.delta"))
              .getAttribute("data-value");
      if (Double.isNaN(a[k]) || Double.isNaN(b[k])) {
        assertThat(shown).as(kpi.key()).isEqualTo("null");
      } else {
        BigDecimal exact = BigDecimal.valueOf(b[k]).subtract(BigDecimal.valueOf(a[k]));
        assertThat(new BigDecimal(shown).compareTo(exact))
            .as(kpi.key() + ": page " + shown + ", summaries " + exact)
            .isZero();
      }
    }
  }

  @Test
  void theHeadlineCardsShowTheDeltasInTheirUnits() {
    for (Kpi kpi : KpiCatalogue.MAIN) {
      int k = KpiCatalogue.indexOf(kpi.key());
      double delta = BigDecimal.valueOf(b[k]).subtract(BigDecimal.valueOf(a[k])).doubleValue();
      String card = "[data-kpi='" + kpi.key() + "']";
      assertThat(text("#cards " + card + " .delta")).as(kpi.key()).isEqualTo(signed(delta, kpi));
      assertThat(text("#cards " + card + " .interval"))
          .isEqualTo("B - A 95 % interval: not available");
    }
    assertThat(text("#pairing")).contains("not available: A and B are single runs");
  }

  @Test
  void bothMapsDrawEveryIncidentAndStationOfTheirRun() {
    @SuppressWarnings("unchecked")
    Map<String, Object> drawn =
        (Map<String, Object>)
            ((JavascriptExecutor) driver).executeScript("return window.patrolsimCompare");
    assertThat(drawn.get("marks"))
        .isEqualTo(
            Map.of(
                "a", summaryA.get("incidents").get("total").asLong(),
                "b", summaryB.get("incidents").get("total").asLong()));
    long stations = summaryA.get("stations").size();
    assertThat(drawn.get("stations")).isEqualTo(Map.of("a", stations, "b", stations));
    for (String side : List.of("a", "b")) {
      assertThat(driver.findElements(By.cssSelector("#map-" + side + " canvas")))
          .as("map " + side + " is drawn")
          .isNotEmpty();
      JsonNode summary = side.equals("a") ? summaryA : summaryB;
      assertThat(text("#map-" + side + "-title"))
          .contains(summary.get("incidents").get("total").asText() + " incidents, ");
    }
    for (String chart : List.of("chart-response", "chart-shares", "chart-stations")) {
      assertThat(driver.findElements(By.cssSelector("#" + chart + " canvas")))
          .as(chart + " is drawn")
          .isNotEmpty();
    }
  }

  /** As the page writes a difference: a sign, one decimal, the unit (shares in points). */
  static String signed(double delta, Kpi kpi) {
    double shown = kpi.unit() == Kpi.Unit.SHARE ? delta * 100 : delta;
    String digits =
        kpi.unit() == Kpi.Unit.COUNT && shown == Math.rint(shown)
            ? String.valueOf((long) shown)
            : new BigDecimal(shown)
                .setScale(kpi.unit() == Kpi.Unit.COUNT ? 2 : 1, RoundingMode.HALF_UP)
                .toPlainString();
    String unit =
        switch (kpi.unit()) {
          case SHARE -> " pts";
          case SECONDS -> " s";
          case COUNT -> "";
        };
    return (delta > 0 ? "+" : "") + digits + unit;
  }

  @SuppressWarnings("unchecked")
  static double[] values(Path run) throws IOException {
    return KpiCatalogue.valuesOf(JSON.readValue(run.resolve("summary.json").toFile(), Map.class));
  }

  static String text(String selector) {
    return driver.findElement(By.cssSelector(selector)).getAttribute("textContent").trim();
  }
}
