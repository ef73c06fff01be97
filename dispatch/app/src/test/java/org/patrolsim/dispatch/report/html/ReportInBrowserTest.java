// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.patrolsim.dispatch.cli.PatrolSim;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.testing.HeadlessChromium;
import org.patrolsim.dispatch.testing.TestMaps;

/**
 * report.html of a real run (the demo's day) in headless Chromium, opened from {@code file://} as a
 * user would: no console error, no network request, one mark per incident, every chart drawn,
 * layers that hide, and an incident's timeline with the times of incidents.csv. Needs Debian's
 * {@code chromium} and {@code chromium-driver} (or {@code PATROLSIM_CHROMIUM} and {@code
 * PATROLSIM_CHROMEDRIVER}); runs with {@code -Pbrowser-tests}. Keeps screenshots in target/ for a
 * person to look at.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportInBrowserTest {
  static final Path OUT = Path.of("target", "browser-report").toAbsolutePath();
  static final ObjectMapper JSON = new ObjectMapper();
  static ChromeDriver driver;
  static JavascriptExecutor js;
  static String url;
  static JsonNode summary;
  static List<String> header;
  static Map<String, String[]> csv;
  static ReportChecks.Csv incidentsCsv;
  static HeadlessChromium browser;

  @BeforeAll
  static void runTheDemoAndOpenItsReport() throws IOException {
    int exit =
        PatrolSim.execute(
            "demo", "--cache-dir", TestMaps.CACHE.toString(), "--out", OUT.toString());
    assertThat(exit).isZero();
    summary = JSON.readTree(OUT.resolve(ReportFiles.SUMMARY).toFile());
    incidentsCsv = ReportChecks.Csv.of(OUT.resolve(ReportFiles.INCIDENTS));
    header = incidentsCsv.header();
    csv = incidentsCsv.rows();
    url = OUT.resolve(HtmlReport.FILE).toUri().toString();
    browser = new HeadlessChromium(1400, 1100, true);
    driver = browser.driver();
    js = driver;
    browser.open(url, Duration.ofSeconds(60));
  }

  @AfterAll
  static void quit() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void itLoadsFromFileWithNoConsoleErrorAndNoNetworkRequest() throws IOException {
    ReportChecks.askedForNothing(driver, url);
  }

  @Test
  @Order(2)
  void theMapHasOneMarkPerIncidentAndEveryChartHasDrawn() {
    long total = summary.get("incidents").get("total").asLong();
    assertThat(total).isGreaterThan(500);
    assertThat(js.executeScript("return window.patrolsimReport.marksOnMap()")).isEqualTo(total);
    assertThat(driver.findElement(By.id("shown-count")).getText())
        .isEqualTo("Showing " + total + " of " + total + " incidents");
    assertThat(paintedShare(".leaflet-incidents-pane canvas"))
        .as("incidents drawn")
        .isGreaterThan(0.002);
    assertThat(paintedShare(".leaflet-coverage-pane canvas"))
        .as("coverage drawn")
        .isGreaterThan(0.05);
    for (String chart :
        List.of(
            "chart-hourly", "chart-response", "chart-fleet", "chart-callouts", "chart-presence")) {
      assertThat(paintedShare("#" + chart + " canvas"))
          .as(chart + " has drawn")
          .isGreaterThan(0.03);
      assertThat(
              js.executeScript(
                  "return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption()"
                      + ".series.every(function (s) { return s.data.length > 0; })",
                  chart))
          .as(chart + " has data")
          .isEqualTo(true);
    }
    assertThat(driver.findElements(By.cssSelector("#kpi-cards .card")))
        .hasSizeGreaterThanOrEqualTo(8);
    assertThat(
            driver.findElement(By.cssSelector("[data-kpi=streetDisposalShare] .value")).getText())
        .isEqualTo(
            String.format(
                java.util.Locale.ROOT,
                "%.1f %%",
                summary.get("streetDisposalShare").asDouble() * 100));
  }

  @Test
  @Order(3)
  void togglingALayerHidesIt() {
    assertThat(paintedShare(".leaflet-coverage-pane canvas")).isGreaterThan(0.05);
    double roads = paintedShare(".leaflet-roads-pane canvas");
    layerCheckbox("Coverage per road segment").click();
    waitFor(
        () -> paintedShare(".leaflet-coverage-pane canvas") == 0, "the coverage canvas is cleared");
    assertThat(paintedShare(".leaflet-roads-pane canvas"))
        .as("the grey roads stay")
        .isEqualTo(roads)
        .isPositive();
    layerCheckbox("Incidents").click();
    assertThat(js.executeScript("return window.patrolsimReport.marksOnMap()")).isEqualTo(0L);
    waitFor(
        () -> paintedShare(".leaflet-incidents-pane canvas") == 0,
        "the incidents canvas is cleared");
    layerCheckbox("Incidents").click();
    layerCheckbox("Coverage per road segment").click();
    assertThat(paintedShare(".leaflet-presence-pane canvas")).as("presence off at first").isZero();
    layerCheckbox("Patrol minutes per day per road segment").click();
    waitFor(() -> paintedShare(".leaflet-presence-pane canvas") > 0.02, "the presence layer drawn");
    layerCheckbox("Patrol minutes per day per road segment").click();
    waitFor(() -> paintedShare(".leaflet-presence-pane canvas") == 0, "the presence layer cleared");
    assertThat(js.executeScript("return window.patrolsimReport.marksOnMap()"))
        .isEqualTo(summary.get("incidents").get("total").asLong());
    waitFor(() -> paintedShare(".leaflet-coverage-pane canvas") > 0.05, "coverage drawn again");
    waitFor(() -> paintedShare(".leaflet-incidents-pane canvas") > 0.002, "incidents drawn again");
  }

  @Test
  @Order(4)
  void clickingAnIncidentInTheTableShowsItsTimelineWithTheTimesOfIncidentsCsv() {
    for (String id : List.of(anyWith("backupUnit"), anyWith("handedOverTo"), "1")) {
      WebElement search = driver.findElement(By.id("search"));
      search.clear();
      search.sendKeys(id);
      WebElement row =
          driver.findElement(
              By.cssSelector("#incident-table tbody tr[data-incident='" + id + "']"));
      js.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
      row.click();
      assertTimelineMatchesCsv(id);
    }
  }

  @Test
  @Order(5)
  void clickingAMarkOnTheMapShowsThatIncident() {
    WebElement map = driver.findElement(By.id("map"));
    js.executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -80)", map);
    @SuppressWarnings("unchecked")
    Map<String, Object> target =
        (Map<String, Object>)
            js.executeScript(
                "var r = window.patrolsimReport, m = r.map, size = m.getSize(), best = null;"
                    + "m.eachLayer(function (l) { if (l.incidentId !== undefined) {"
                    + "  var p = m.latLngToContainerPoint(l.getLatLng());"
                    + "  if (p.x > 80 && p.x < size.x - 260 && p.y > 80 && p.y < size.y - 260 && best === null) {"
                    + "    best = {id: l.incidentId, x: p.x, y: p.y, w: size.x, h: size.y}; } } });"
                    + "return best;");
    assertThat(target).as("a mark away from the map's controls").isNotNull();
    int x = ((Number) target.get("x")).intValue() - ((Number) target.get("w")).intValue() / 2;
    int y = ((Number) target.get("y")).intValue() - ((Number) target.get("h")).intValue() / 2;
    js.executeScript(
        "var m = window.patrolsimReport.map; m.getContainer().addEventListener('mousedown',"
            + " function (e) { window.lastPress = m.mouseEventToContainerPoint(e); }, true);");
    new Actions(driver).moveToElement(map, x, y).click().perform();
    String selected =
        new WebDriverWait(driver, Duration.ofSeconds(10))
            .until(
                d ->
                    d.findElements(By.cssSelector("#incident-detail h3[data-selected]")).stream()
                        .findFirst()
                        .map(h -> h.getAttribute("data-selected"))
                        .orElse(null));
    // the mark under the pointer is the one shown (the topmost, if marks overlap there)
    Object distance =
        js.executeScript(
            "var id = +arguments[0], m = window.patrolsimReport.map, l = null;"
                + "m.eachLayer(function (k) { if (k.incidentId === id) { l = k; } });"
                + "var p = m.latLngToContainerPoint(l.getLatLng());"
                + "return Math.hypot(p.x - window.lastPress.x, p.y - window.lastPress.y);",
            selected);
    assertThat(((Number) distance).doubleValue())
        .as(
            "pixels from the press to the mark's centre (radius 4, "
                + "stroke 1, and Leaflet rounds the centre to whole pixels)")
        .isLessThanOrEqualTo(5.5);
    assertTimelineMatchesCsv(selected);
  }

  @Test
  @Order(6)
  void filtersShowOnlyTheIncidentsAsked() throws IOException {
    new Select(driver.findElement(By.id("filter-priority"))).selectByVisibleText("urgent");
    long urgent =
        csv.values().stream().filter(r -> r[header.indexOf("priority")].equals("urgent")).count();
    assertThat(urgent).isPositive();
    assertThat(js.executeScript("return window.patrolsimReport.marksOnMap()")).isEqualTo(urgent);
    new Select(driver.findElement(By.id("filter-priority"))).selectByVisibleText("all priorities");
    assertThat(js.executeScript("return window.patrolsimReport.marksOnMap()"))
        .isEqualTo((long) csv.size());
    screenshots();
  }

  @Test
  @Order(7)
  @SuppressWarnings("unchecked")
  void theCallOutHeatmapColoursEachCountAsItsLegendSays() {
    // the days of 0 to 8 call-outs, 5, 6 and 7 among them, drawn by the page's own visual map
    List<Map<String, Object>> drawn =
        (List<Map<String, Object>>)
            js.executeScript(
                "var c = window.patrolsimReport.charts.callOuts, o = c.getOption(), before = o.series[0].data;"
                    + "var n = o.yAxis[0].data.length, cells = [];"
                    + "for (var v = 0; v <= 8; v++) { cells.push([0, v % n, v]); }"
                    + "c.setOption({ series: [{ data: cells }] });"
                    + "var data = c.getModel().getSeriesByIndex(0).getData(), out = [];"
                    + "for (var i = 0; i < data.count(); i++) {"
                    + "  out.push({ value: data.get('value', i), fill: String(data.getItemVisual(i, 'style').fill) }); }"
                    + "c.setOption({ series: [{ data: before }] });"
                    + "return out;");
    List<Map<String, Object>> pieces =
        (List<Map<String, Object>>)
            js.executeScript(
                "return window.patrolsimReport.charts.callOuts.getOption().visualMap[0].pieces"
                    + ".map(function (p) { return { label: p.label, color: p.color }; });");
    assertThat(drawn).hasSize(9);
    for (Map<String, Object> cell : drawn) {
      long v = ((Number) cell.get("value")).longValue();
      List<String> colours =
          pieces.stream()
              .filter(p -> legendCovers((String) p.get("label"), v))
              .map(p -> (String) p.get("color"))
              .toList();
      assertThat(colours).as("legend classes naming " + v + " call-outs").hasSize(1);
      assertThat(cell.get("fill")).as(v + " call-outs").isEqualTo(colours.get(0));
    }
  }

  /** Whether a legend label ("0 (zero call-out day)", "1 to 2", "6 or more") names {@code v}. */
  private static boolean legendCovers(String label, long v) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("^(\\d+)(?: to (\\d+)| or more|\\b.*)").matcher(label);
    assertThat(m.find()).as("a legend label with its bounds: " + label).isTrue();
    long low = Long.parseLong(m.group(1));
    long high =
        m.group(2) != null
            ? Long.parseLong(m.group(2))
            : label.contains("or more") ? Long.MAX_VALUE : low;
    return v >= low && v <= high;
  }

  @Test
  @Order(8)
  @SuppressWarnings("unchecked")
  void incidentColoursStandOutFromTheCoverageRamp() {
    Map<String, List<String>> colours =
        (Map<String, List<String>>) js.executeScript("return window.patrolsimReport.colors;");
    for (String dot : colours.get("disposal")) {
      for (String road : colours.get("coverage")) {
        assertThat(deltaE(dot, road))
            .as(
                "CIE76 colour difference of incident "
                    + dot
                    + " from road "
                    + road
                    + " (above 25: told apart at a glance)")
            .isGreaterThan(25);
      }
    }
  }

  @Test
  @Order(9)
  void navigationLinksLandBelowTheStickyHeader() {
    for (String section : List.of("map-section", "charts", "explorer", "kpis")) {
      driver.findElement(By.cssSelector("header.top nav a[href='#" + section + "']")).click();
      Object gap =
          js.executeScript(
              "var h = document.querySelector('header.top').getBoundingClientRect().bottom;"
                  + "return document.getElementById(arguments[0]).getBoundingClientRect().top - h;",
              section);
      assertThat(((Number) gap).doubleValue())
          .as(section + ": pixels between the header and the section")
          .isGreaterThanOrEqualTo(0)
          .isLessThan(40);
    }
  }

  @Test
  @Order(10)
  void printingDropsTheControlsAndTheStickyHeader() {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(
              js.executeScript(
                  "return getComputedStyle(document.querySelector('header.top nav')).display"))
          .isEqualTo("none");
      assertThat(
              js.executeScript(
                  "return getComputedStyle(document.querySelector('header.top')).position"))
          .isEqualTo("static");
      assertThat(
              js.executeScript(
                  "return getComputedStyle(document.querySelector('.leaflet-control-container')).display"))
          .isEqualTo("none");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  @Order(11)
  void onAnEightHundredPixelWindowTheLegendAndLayersHideLittleOfTheCity() {
    driver.manage().window().setSize(new Dimension(800, 1000));
    try {
      driver.navigate().refresh();
      new WebDriverWait(driver, Duration.ofSeconds(60))
          .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
      Object share =
          js.executeScript(
              "var m = document.getElementById('map').getBoundingClientRect(), a = 0;"
                  + "document.querySelectorAll('.leaflet-control-container .legend, .leaflet-control-layers').forEach("
                  + "function (e) { var r = e.getBoundingClientRect(); a += r.width * r.height; });"
                  + "return a / (m.width * m.height);");
      assertThat(((Number) share).doubleValue())
          .as("share of the map under its legend and layer list")
          .isLessThan(0.05);
      driver.findElement(By.cssSelector(".legend summary")).click();
      assertThat(driver.findElement(By.cssSelector(".legend")).getAttribute("open"))
          .as("the legend opens")
          .isNotNull();
    } finally {
      driver.manage().window().setSize(new Dimension(1400, 1100));
    }
  }

  @Test
  @Order(10)
  @SuppressWarnings("unchecked")
  void theHexagonsCountTheIncidentsOfIncidentsCsvAndTheDotsStayAvailable() throws IOException {
    long total = csv.size();
    long threshold =
        (Long)
            js.executeScript(
                "return JSON.parse(document.getElementById('run-data').textContent)"
                    + ".map.hexagonsByDefaultFrom");
    assertThat(total).as("a day's run opens with the dots").isLessThan(threshold);
    assertThat(js.executeScript("return window.patrolsimReport.hexagonsOnMap().length"))
        .isEqualTo(0L);
    layerCheckbox("Incidents in hexagons").click();
    List<Map<String, Object>> cells = ReportChecks.hexagonsOnMap(js);
    assertThat(cells).isNotEmpty();
    ReportChecks.hexagonsCount(js, cells, incidentsCsv, r -> true);
    // a filter applies to the hexagons too: they count the incidents it keeps
    new Select(driver.findElement(By.id("filter-priority"))).selectByVisibleText("urgent");
    ReportChecks.hexagonsCount(
        js,
        ReportChecks.hexagonsOnMap(js),
        incidentsCsv,
        r -> incidentsCsv.get(r, "priority").equals("urgent"));
    new Select(driver.findElement(By.id("filter-priority"))).selectByVisibleText("all priorities");
    assertThat(ReportChecks.hexagonsOnMap(js)).hasSize(cells.size());
    // hexagons.geojson holds the same hexagons
    JsonNode file = JSON.readTree(OUT.resolve("hexagons.geojson").toFile());
    assertThat(file.get("features")).hasSize(cells.size());
    // another measure recolours them; the dots are still there to switch on
    List<Object> byCalls =
        (List<Object>)
            js.executeScript(
                "return window.patrolsimReport.hexagonsOnMap().map(function (c) { return c.fill; })");
    new Select(driver.findElement(By.id("hex-measure"))).selectByValue("streetShare");
    List<Object> byShare =
        (List<Object>)
            js.executeScript(
                "return window.patrolsimReport.hexagonsOnMap().map(function (c) { return c.fill; })");
    assertThat(byShare).isNotEqualTo(byCalls);
    new Select(driver.findElement(By.id("hex-measure"))).selectByValue("calls");
    layerCheckbox("Incidents in hexagons").click();
    assertThat(js.executeScript("return window.patrolsimReport.hexagonsOnMap().length"))
        .isEqualTo(0L);
    assertThat(js.executeScript("return window.patrolsimReport.marksOnMap()")).isEqualTo(total);
  }

  /** The CIE76 difference of two sRGB colours (#rrggbb). */
  private static double deltaE(String a, String b) {
    double[] x = lab(a);
    double[] y = lab(b);
    return Math.sqrt(
        Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
  }

  private static double[] lab(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
    double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
    java.util.function.DoubleUnaryOperator f =
        t -> t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116.0;
    return new double[] {
      116 * f.applyAsDouble(y) - 16,
      500 * (f.applyAsDouble(x) - f.applyAsDouble(y)),
      200 * (f.applyAsDouble(y) - f.applyAsDouble(z))
    };
  }

  private void assertTimelineMatchesCsv(String id) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                !d.findElements(By.cssSelector("#incident-detail h3[data-selected='" + id + "']"))
                    .isEmpty());
    String[] row = csv.get(id);
    for (String field :
        List.of(
            "callS", "firstDispatchS", "lastDispatchS", "firstArrivalS", "coveredS", "clearS")) {
      String shown =
          driver
              .findElement(By.cssSelector("#incident-detail td[data-field='" + field + "']"))
              .getAttribute("textContent");
      assertThat(shown).as("incident " + id + " " + field).isEqualTo(row[header.indexOf(field)]);
    }
    assertThat(driver.findElements(By.cssSelector("#incident-detail .decision")))
        .as("its dispatch decisions")
        .isNotEmpty();
    assertThat(driver.findElement(By.cssSelector("#incident-detail .decision .reason")).getText())
        .startsWith("Reason: ");
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, String what) {
    new WebDriverWait(driver, Duration.ofSeconds(5))
        .withMessage(what)
        .until(d -> condition.getAsBoolean());
  }

  private static String anyWith(String column) {
    return csv.values().stream()
        .filter(r -> !r[header.indexOf(column)].isEmpty())
        .map(r -> r[0])
        .min(java.util.Comparator.comparingLong(Long::parseLong))
        .orElseThrow();
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

  /**
   * The share of a canvas's pixels that are painted (not transparent and not white); 0 when there
   * is none.
   */
  private static double paintedShare(String selector) {
    Object share =
        js.executeScript(
            "var c = document.querySelector(arguments[0]); if (!c) { return 0; }"
                + "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                + "for (var i = 0; i < d.length; i += 4) { if (d[i + 3] > 0 && !(d[i] > 250 && d[i + 1] > 250 && d[i + 2] > 250)) { n++; } }"
                + "return n / (d.length / 4);",
            selector);
    return ((Number) share).doubleValue();
  }

  private static void screenshots() throws IOException {
    js.executeScript("window.scrollTo(0, 0)");
    Path top = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        top, Path.of("target", "report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(1400, (int) Math.min(height, 8000)));
    Path full = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(
        full, Path.of("target", "report-screenshot-full.png"), StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(new Dimension(1400, 1100));
  }
}
