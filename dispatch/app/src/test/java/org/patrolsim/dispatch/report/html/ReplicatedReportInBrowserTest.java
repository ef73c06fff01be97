// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.patrolsim.dispatch.cli.PatrolSim;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.testing.HeadlessChromium;

/**
 * report.html of {@code run --replications 5} (the default city, one day) in headless Chromium:
 * each KPI card leads with the mean of the five replications in replications.csv and the 95 %
 * interval of summary.json, with replication 0's figure beneath it labelled; the station table
 * gives each station's mean and interval; the parts drawn from replication 0 say so. Runs with
 * {@code -Pbrowser-tests}.
 */
@Tag("browser")
class ReplicatedReportInBrowserTest {
  static final Path OUT = Path.of("target", "browser-report-replicated").toAbsolutePath();
  static final int REPLICATIONS = 5;
  static JsonNode summary;
  static List<String> header;
  static List<String[]> rows = new ArrayList<>();
  static HeadlessChromium browser;
  static ChromeDriver driver;

  @BeforeAll
  static void runFiveReplicationsAndOpenTheReport() throws IOException {
    int exit =
        PatrolSim.execute(
            "run",
            "--days",
            "1",
            "--replications",
            String.valueOf(REPLICATIONS),
            "--out",
            OUT.toString());
    assertThat(exit).isZero();
    summary = new ObjectMapper().readTree(OUT.resolve(ReportFiles.SUMMARY).toFile());
    List<String> lines = Files.readAllLines(OUT.resolve("replications.csv"));
    header = List.of(lines.get(0).split(","));
    lines.subList(1, lines.size()).forEach(l -> rows.add(l.split(",", -1)));
    assertThat(rows).hasSize(REPLICATIONS);
    browser = new HeadlessChromium(1400, 1100);
    driver = browser.driver();
    driver.get(OUT.resolve(HtmlReport.FILE).toUri().toString());
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void cardsLeadWithTheMeansAndIntervalsOfReplicationsCsvAndLabelReplicationZero() {
    assertThat(browser.consoleProblems()).as("console errors and warnings").isEmpty();
    long stationDays = Math.round(column("stationDays.count")[0]);
    assertCard("streetDisposalShare", "streetDisposalShare", "share", "");
    assertCard("stationCallOuts", "incidents.stationCallOuts", "count", "");
    assertCard("urgentFirstArrivalMean", "firstArrivalSeconds.urgent.mean", "seconds", "");
    assertCard("coverage", "coverage.meanShareWithinTarget", "share", "");
    assertCard("zeroCallOutDays", "stationDays.zeroCallOut", "count", " of " + stationDays);
    assertCard(KpiCards.PRESENCE_KEY, "presence.hotspots.minutesPerDay", "count", "");
    // replication 0 is the run of the scenario's seed: its figure is beneath, in small print
    assertThat(text("[data-kpi=streetDisposalShare] .single"))
        .isEqualTo(
            "replication 0 (seed "
                + rows.get(0)[1]
                + "): "
                + format(column("streetDisposalShare")[0], "share"));
    assertThat(text("[data-kpi=zeroCallOutDays] .single"))
        .isEqualTo(
            "replication 0 (seed "
                + rows.get(0)[1]
                + "): "
                + Math.round(column("stationDays.zeroCallOut")[0])
                + " of "
                + stationDays);
  }

  @Test
  void theStationTableCarriesIntervalsAndWhatShowsReplicationZeroSaysSo() {
    for (JsonNode st : summary.get("stations")) {
      WebElement row =
          driver.findElement(
              By.cssSelector("#station-table tr[data-station='" + st.get("id").asText() + "']"));
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertThat(cells.get(1).getText()).isEqualTo(interval(st.get("callOuts")));
      assertThat(cells.get(3).getText())
          .isEqualTo(interval(st.get("zeroCallOutDays")) + " of " + summary.get("days").asInt());
    }
    assertThat(text("#station-hint"))
        .contains("mean of " + REPLICATIONS + " replications [95 % interval]");
    assertThat(text("#response-hint")).contains("replication 0");
    for (String section : List.of("map-section", "charts", "explorer")) {
      assertThat(text("#" + section + " h2"))
          .as(section)
          .endsWith("replication 0 of " + REPLICATIONS);
    }
  }

  private static void assertCard(String card, String kpi, String unit, String suffix) {
    double mean = 0;
    for (double v : column(kpi)) {
      mean += v / REPLICATIONS;
    }
    JsonNode e = summary.get("kpis").get(kpi);
    assertThat(e.get("mean").asDouble())
        .as(kpi + " mean in summary.json")
        .isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-5));
    assertThat(text("[data-kpi=" + card + "] .value"))
        .as(card)
        .isEqualTo(format(mean, unit) + suffix);
    assertThat(text("[data-kpi=" + card + "] .interval"))
        .as(card + " interval")
        .isEqualTo(
            "mean of "
                + REPLICATIONS
                + " replications; "
                + "95 % interval "
                + format(e.get("ciLow").asDouble(), unit)
                + " to "
                + format(e.get("ciHigh").asDouble(), unit));
  }

  private static double[] column(String kpi) {
    int c = header.indexOf(kpi);
    assertThat(c).as(kpi + " in replications.csv").isPositive();
    return rows.stream().mapToDouble(r -> Double.parseDouble(r[c])).toArray();
  }

  private static String format(double v, String unit) {
    return switch (unit) {
      case "share" -> String.format(Locale.ROOT, "%.1f %%", v * 100);
      case "seconds" -> String.format(Locale.ROOT, "%.0f s", v);
      default -> String.format(Locale.ROOT, "%.1f", v);
    };
  }

  private static String interval(JsonNode e) {
    return String.format(
        Locale.ROOT,
        "%.1f [%.1f, %.1f]",
        e.get("mean").asDouble(),
        e.get("ciLow").asDouble(),
        e.get("ciHigh").asDouble());
  }

  private static String text(String selector) {
    return driver.findElement(By.cssSelector(selector)).getAttribute("textContent").trim();
  }
}
