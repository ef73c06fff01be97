// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.drill.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.patrolsim.dispatch.testing.HeadlessChromium;
import org.patrolsim.dispatch.testing.TestDrill;

/**
 * The drill page in headless Chromium against a real drill (Monaco, 120 x real time): the cars
 * move; the trainer clicks the map to inject an incident, which appears, gets a unit that arrives;
 * pause stops the simulated clock and resume restarts it; the browser closes and a new one catches
 * up from the present state; an observer's page has no controls. No console error or warning.
 * Screenshots in target/.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DrillInBrowserTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir static Path dir;
  static TestDrill drill;
  static HeadlessChromium chromium;
  static ChromeDriver driver;
  static long injectedIncident;

  @BeforeAll
  static void openTheTrainersPage() {
    drill = TestDrill.monaco(dir, 120);
    chromium = new HeadlessChromium(1400, 900);
    driver = chromium.driver();
    open(drill.server().trainerUrl().toString());
  }

  @AfterAll
  static void close() {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      drill.close();
    }
  }

  static void open(String url) {
    driver.get(url);
    until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    until(d -> ((Number) js("return window.patrolsimDrill.frames()")).intValue() >= 2);
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  static <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, WAIT).until(condition);
  }

  static long frames() {
    return ((Number) js("return window.patrolsimDrill.frames()")).longValue();
  }

  @Test
  @Order(1)
  void theCarsMoveBetweenTwoReads() {
    assertThat(driver.findElement(By.id("role")).getText()).isEqualTo("trainer");
    assertThat(driver.getCurrentUrl()).as("the token left the address bar").doesNotContain("token");
    Object before = js("return JSON.stringify(window.patrolsimDrill.carPositions())");
    until(d -> !before.equals(js("return JSON.stringify(window.patrolsimDrill.carPositions())")));
    @SuppressWarnings("unchecked")
    List<List<Number>> cars =
        (List<List<Number>>) js("return window.patrolsimDrill.carPositions()");
    assertThat(cars)
        .hasSize(6)
        .allSatisfy(p -> assertThat(p.get(0).doubleValue()).isBetween(43.72, 43.76));
  }

  @Test
  @Order(2)
  void clickingTheMapInjectsAnIncidentThatGetsAUnitWhichArrives() {
    new Select(driver.findElement(By.id("inject-type"))).selectByVisibleText("dispute");
    assertThat(
            new Select(driver.findElement(By.id("inject-priority")))
                .getFirstSelectedOption()
                .getText())
        .as("the type's own priority")
        .isEqualTo("normal");
    driver.findElement(By.id("arm")).click();
    WebElement map = driver.findElement(By.id("map"));
    @SuppressWarnings("unchecked")
    Map<String, Number> at =
        (Map<String, Number>)
            js(
                "var m = window.patrolsimDrill.map(), s = m.getSize(),"
                    + " p = m.latLngToContainerPoint([43.7397, 7.4270]); return {x: p.x, y: p.y, w: s.x, h: s.y};");
    new Actions(driver)
        .moveToElement(
            map,
            at.get("x").intValue() - at.get("w").intValue() / 2,
            at.get("y").intValue() - at.get("h").intValue() / 2)
        .click()
        .perform();
    WebElement result = driver.findElement(By.id("control-result"));
    until(d -> result.getText().startsWith("injected #1"));
    WebElement line =
        until(
            d ->
                d.findElements(By.cssSelector("#injected li[data-injection='1']")).stream()
                    .findFirst()
                    .orElse(null));
    injectedIncident = Long.parseLong(line.getAttribute("data-incident"));
    until(
        d ->
            List.of("on-scene", "working", "cleared")
                .contains(
                    d.findElement(By.cssSelector("#injected li[data-injection='1']"))
                        .getAttribute("data-phase")));
    @SuppressWarnings("unchecked")
    Map<String, Object> incident =
        (Map<String, Object>)
            js("return window.patrolsimDrill.incident(arguments[0])", injectedIncident);
    assertThat((List<?>) incident.get("units")).as("a unit was dispatched").isNotEmpty();
    assertThat(((Number) incident.get("firstArrivalMs")).longValue())
        .as("and arrived")
        .isGreaterThanOrEqualTo(((Number) incident.get("firstDispatchMs")).longValue())
        .isPositive();
    assertThat(incident.get("type")).isEqualTo("dispute");
    JsonNode server = state();
    boolean known = false;
    for (JsonNode i : server.get("incidents")) {
      known |= i.get("id").asLong() == injectedIncident && i.get("injection").asLong() == 1;
    }
    assertThat(known).as("the server's picture has the injected incident").isTrue();
    assertThat(drill.logLines())
        .anyMatch(l -> l.contains("\"inject\"") && l.contains("\"dispute\""));
  }

  @Test
  @Order(3)
  void pauseStopsTheSimulatedClockAndResumeRestartsIt() throws IOException {
    driver.findElement(By.id("pause")).click();
    until(d -> d.findElement(By.id("run-state")).getText().equals("paused"));
    String first = driver.findElement(By.id("clock")).getText();
    long seen = frames();
    until(d -> frames() >= seen + 4);
    String second = driver.findElement(By.id("clock")).getText();
    assertThat(second).as("two reads of the paused clock, four frames apart").isEqualTo(first);
    assertThat(drill.session().status().toCompletableFuture().join().paused()).isTrue();
    screenshot("drill-screenshot-paused.png");
    driver.findElement(By.id("resume")).click();
    until(d -> d.findElement(By.id("run-state")).getText().equals("running"));
    until(d -> !d.findElement(By.id("clock")).getText().equals(first));
    assertThat(drill.session().status().toCompletableFuture().join().paused()).isFalse();
  }

  @Test
  @Order(3)
  void theTimeFieldIsOnA24HourClockAndTheLegendNamesStations() {
    org.openqa.selenium.WebElement time = driver.findElement(By.id("jump-time"));
    assertThat(time.getAttribute("type"))
        .as("a text field, not the browser's locale clock")
        .isEqualTo("text");
    assertThat(time.getAttribute("value")).isEqualTo("08:00");
    time.clear();
    time.sendKeys("25:00");
    driver.findElement(By.id("jump")).click();
    assertThat(driver.findElement(By.id("control-result")).getText())
        .isEqualTo("time of day: expected hh:mm on a 24-hour clock, e.g. 08:00 or 17:30");
    time.clear();
    time.sendKeys("08:00");
    assertThat(driver.findElement(By.cssSelector(".legend")).getText()).contains("police station");
  }

  @Test
  @Order(4)
  void noConsoleErrorOrWarning() throws IOException {
    screenshot("drill-screenshot.png");
    assertThat(chromium.consoleProblems()).as("console errors and warnings").isEmpty();
  }

  @Test
  @Order(5)
  void aNewBrowserCatchesUpFromThePresentState() {
    String clockBefore = driver.findElement(By.id("clock")).getText();
    chromium.close();
    chromium = new HeadlessChromium(1400, 900);
    driver = chromium.driver();
    open(drill.server().observerUrl().toString());
    assertThat(driver.findElement(By.id("role")).getText()).isEqualTo("observer (read-only)");
    assertThat(driver.findElement(By.id("controls")).isDisplayed())
        .as("no controls for an observer")
        .isFalse();
    @SuppressWarnings("unchecked")
    Map<String, Object> incident =
        (Map<String, Object>)
            until(d -> js("return window.patrolsimDrill.incident(arguments[0])", injectedIncident));
    assertThat(((Number) incident.get("injection")).intValue()).isEqualTo(1);
    assertThat(driver.findElement(By.id("clock")).getText())
        .as("the clock goes on from the present")
        .isNotEqualTo(clockBefore);
    assertThat(driver.findElements(By.cssSelector("#decisions li")))
        .as("the latest decisions")
        .isNotEmpty();
    assertThat(chromium.consoleProblems()).as("console errors and warnings").isEmpty();
  }

  static JsonNode state() {
    try {
      return JSON.readTree(drill.get("/api/state").body());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static void screenshot(String name) throws IOException {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
  }
}
