// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, as the browser tests use it: a fresh profile,
 * nothing downloaded, the browser's console kept. Needs {@code chromium} and {@code
 * chromium-driver} (or {@code PATROLSIM_CHROMIUM} and {@code PATROLSIM_CHROMEDRIVER}). Close it to
 * quit the browser and delete the profile.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path profile;
  private final ChromeDriver driver;

  public HeadlessChromium(int width, int height) {
    this(width, height, false);
  }

  /**
   * As {@link #HeadlessChromium(int, int)}; with {@code networkLog} the driver also keeps the
   * network log ({@code LogType.PERFORMANCE}).
   */
  public HeadlessChromium(int width, int height, boolean networkLog) {
    try {
      profile = Files.createTempDirectory("patrolsim-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(env("PATROLSIM_CHROMIUM", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profile,
        "--window-size=" + width + "," + height,
        "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    if (networkLog) {
      logs.enable(LogType.PERFORMANCE, Level.ALL);
    }
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(env("PATROLSIM_CHROMEDRIVER", "/usr/bin/chromedriver")))
            .build();
    driver = new ChromeDriver(service, options);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /**
   * Opens {@code url} with the logs drained first (what the browser's own start page did is not the
   * page's), and waits up to {@code bound} for the page to set {@code data-ready} on its body.
   */
  public void open(String url, Duration bound) {
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(url);
    new WebDriverWait(driver, bound)
        .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  /**
   * The URLs the page at {@code url} requested since the last read of the network log (needs {@code
   * networkLog}).
   */
  public List<String> requestsOf(String url) {
    List<String> requests = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode m = JSON.readTree(e.getMessage()).get("message");
        if (m.get("method").asText().equals("Network.requestWillBeSent")
            && m.get("params").path("documentURL").asText().equals(url)) {
          requests.add(m.get("params").get("request").get("url").asText());
        }
      } catch (JsonProcessingException x) {
        throw new UncheckedIOException(x);
      }
    }
    return requests;
  }

  /**
   * Asserts that a self-contained page opened with no console error or warning ({@code
   * consoleProblems}) and asked for nothing but itself: {@code requests} (from {@link #requestsOf})
   * hold only {@code url} and data: URLs, and the page's performance log lists no resource.
   */
  public static void assertSelfContained(
      ChromeDriver driver, String url, List<String> requests, List<String> consoleProblems) {
    assertThat(consoleProblems).as("console errors and warnings").isEmpty();
    assertThat(requests).as("the page itself was loaded").contains(url);
    assertThat(requests)
        .as("nothing but the page itself (and data: URLs) is requested")
        .allMatch(u -> u.equals(url) || u.startsWith("data:"));
    assertThat(driver.executeScript("return performance.getEntriesByType('resource').length"))
        .isEqualTo(0L);
  }

  /** The console's warnings and errors since the last call. */
  public List<String> consoleProblems() {
    List<String> problems = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
        problems.add(e.getLevel() + " " + e.getMessage());
      }
    }
    return problems;
  }

  private static String env(String name, String otherwise) {
    String v = System.getenv(name);
    String path = v == null || v.isBlank() ? otherwise : v;
    assertThat(new File(path))
        .as(path + " (install Debian's chromium and chromium-driver, or set " + name + ")")
        .canRead();
    return path;
  }

  @Override
  public void close() {
    RuntimeException quit = null;
    try {
      driver.quit();
    } catch (RuntimeException e) {
      quit = e;
    }
    try (var files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      if (quit == null) {
        throw new UncheckedIOException(e);
      }
      quit.addSuppressed(e); // the browser's failure comes first
    }
    if (quit != null) {
      throw quit;
    }
  }
}
