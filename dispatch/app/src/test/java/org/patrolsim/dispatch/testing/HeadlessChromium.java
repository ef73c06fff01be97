// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven by Selenium, as the browser tests use it: a fresh profile,
 * nothing downloaded, the browser's console kept. Needs {@code chromium} and {@code
 * chromium-driver} (or {@code PATROLSIM_CHROMIUM} and {@code PATROLSIM_CHROMEDRIVER}). Close it to
 * quit the browser and delete the profile.
 */
public final class HeadlessChromium implements AutoCloseable {
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
