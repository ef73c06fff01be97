// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.patrolsim.dispatch.testing.HeadlessChromium;

/**
 * optimise.html of the small Monaco optimise of {@link OptimiseCommandTest} (three cars) with a
 * trade-off curve of one car (no plan meets the constraint) and three, opened from {@code file://}
 * in headless Chromium: the answer, the confirmation table and the trade-off show optimise.json's
 * numbers, the map draws every car's two places and a line for each moved car, the charts draw,
 * with no console error and no network request. Runs with {@code -Pbrowser-tests}; keeps a
 * screenshot in target/optimise-screenshot.png.
 */
@Tag("browser")
class OptimiseInBrowserTest {
  static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path dir;
  static JsonNode json;
  static HeadlessChromium browser;
  static ChromeDriver driver;
  static String url;
  static List<String> requests = new ArrayList<>();
  static List<String> consoleProblems = new ArrayList<>();

  @BeforeAll
  static void optimiseAndOpenThePage() throws IOException {
    Path out = dir.resolve("out");
    List<String> args =
        new ArrayList<>(OptimiseCommandTest.args(OptimiseCommandTest.plan(dir), out));
    args.addAll(
        List.of(
            "--constraint", "streetDisposalShare>=0.6", "--trade-off", "1,3", "--threads", "2"));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow())
        .isEqualTo("  open the report: " + out.resolve("optimise.html").toAbsolutePath());
    json = JSON.readTree(out.resolve("optimise.json").toFile());
    url = out.resolve("optimise.html").toUri().toString();
    browser = new HeadlessChromium(1300, 3600, true);
    driver = browser.driver();
    browser.open(url, Duration.ofSeconds(60));
    consoleProblems.addAll(browser.consoleProblems());
    requests.addAll(browser.requestsOf(url));
    Files.write(
        Path.of("target", "optimise-screenshot.png"), driver.getScreenshotAs(OutputType.BYTES));
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
  void theAnswerIsOptimiseJsons() {
    JsonNode versus = json.get("chosen").get("versusStart");
    JsonNode check = json.get("check");
    if (check != null) {
      for (JsonNode k : check.get("kpis")) {
        if (k.get("key").asText().equals("streetDisposalShare")) {
          versus = k.get("delta");
        }
      }
    }
    assertNumber(attribute("#answer-delta", "data-value"), versus.get("mean"));
    assertNumber(
        attribute("#answer-interval", "data-low"), versus.get(check != null ? "low" : "ciLow"));
    assertNumber(
        attribute("#answer-interval", "data-high"), versus.get(check != null ? "high" : "ciHigh"));
    // the status on the chosen plan is the check's, as on the console
    JsonNode constraint = json.get("check").get("constraints").get(0);
    assertThat(text("#constraint-status li"))
        .startsWith("streetDisposalShare>=0.6: " + constraint.get("status").asText())
        .endsWith(constraint.get("estimate").get("n").asInt() + " replications of the check)");
  }

  @Test
  void theConfirmationTableIsOptimiseJsons() {
    JsonNode table = json.get("confirmation").get("table");
    assertThat(driver.findElements(By.cssSelector("#confirmation-table tbody tr")))
        .hasSize(table.size());
    for (JsonNode row : table) {
      String tr = "#confirmation-table tr[data-plan='" + row.get("plan").asText() + "'] ";
      assertNumber(attribute(tr + "td.replications", "data-value"), row.get("replications"));
      assertNumber(attribute(tr + "td.objective", "data-value"), row.get("objective").get("mean"));
      assertNumber(attribute(tr + "td.interval", "data-low"), row.get("objective").get("ciLow"));
    }
    assertThat(text("#confirmation-table tr.chosen td"))
        .isEqualTo(json.get("chosen").get("plan").asText());
  }

  @Test
  void theTradeOffIsOptimiseJsons() {
    JsonNode points = json.get("tradeOff");
    assertThat(points).hasSize(2);
    assertThat(points.get(0).get("feasible").asBoolean())
        .as("one car misses the constraint")
        .isFalse();
    assertThat(points.get(1).get("feasible").asBoolean()).isTrue();
    for (JsonNode p : points) {
      String cell = "#trade-off-table tr[data-cars='" + p.get("cars").asText() + "'] td.objective";
      if (p.get("feasible").asBoolean()) {
        assertNumber(attribute(cell, "data-value"), p.get("objective").get("mean"));
      } else {
        assertThat(text(cell)).isEqualTo(p.get("binding").asText() + " binds");
      }
    }
    assertThat(driver.findElements(By.cssSelector("#chart-trade-off canvas"))).isNotEmpty();
  }

  @Test
  void theMapDrawsEveryCarsPlacesAndALinePerMovedCar() {
    @SuppressWarnings("unchecked")
    Map<String, Object> drawn =
        (Map<String, Object>)
            ((JavascriptExecutor) driver).executeScript("return window.patrolsimOptimise");
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) drawn.get("map");
    assertThat(map.get("starts")).isEqualTo((long) json.get("cars").asInt());
    assertThat(map.get("posts")).isEqualTo((long) json.get("cars").asInt());
    long stations = 0;
    for (JsonNode s : json.get("screen").get("candidates")) {
      stations += s.get("kind").asText().equals("station") ? 1 : 0;
    }
    assertThat(map.get("stations")).isEqualTo(stations);
    assertThat(map.get("lines")).isEqualTo(drawn.get("moved"));
    assertThat(text("#map-title"))
        .isEqualTo(
            "What moved: "
                + drawn.get("moved")
                + " of "
                + json.get("cars").asInt()
                + " cars around the clock");
    assertThat(driver.findElements(By.cssSelector("#map canvas"))).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#chart-hours canvas"))).isNotEmpty();
  }

  /** The page's number (its data attribute) is optimise.json's, or both are null. */
  static void assertNumber(String shown, JsonNode expected) {
    if (expected == null || expected.isNull()) {
      assertThat(shown).isEqualTo("null");
    } else {
      assertThat(Double.parseDouble(shown)).as(shown).isEqualTo(expected.asDouble());
    }
  }

  static String attribute(String selector, String name) {
    return driver.findElement(By.cssSelector(selector)).getAttribute(name);
  }

  static String text(String selector) {
    return driver.findElement(By.cssSelector(selector)).getAttribute("textContent").trim();
  }
}
