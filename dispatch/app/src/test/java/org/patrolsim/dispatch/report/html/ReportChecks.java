// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.patrolsim.dispatch.report.geojson.HexGrid;
import org.patrolsim.geo.LatLon;
import org.patrolsim.geo.network.Bounds;

/**
 * What the browser tests of report.html check alike: the page asked for nothing but itself, and the
 * hexagons drawn hold the counts of incidents.csv's rows.
 */
final class ReportChecks {
  static final ObjectMapper JSON = new ObjectMapper();

  private ReportChecks() {}

  /** incidents.csv: its header and its rows, by id. */
  record Csv(List<String> header, Map<String, String[]> rows) {
    static Csv of(Path file) throws IOException {
      List<String> lines = Files.readAllLines(file);
      Map<String, String[]> rows = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] row = line.split(",", -1);
        rows.put(row[0], row);
      }
      return new Csv(List.of(lines.get(0).split(",")), rows);
    }

    String get(String[] row, String column) {
      return row[header.indexOf(column)];
    }
  }

  /**
   * The page loaded from {@code url} asked for nothing but itself (and data: URLs), opened no web
   * socket or event source, and its console has no warning or error; the driver keeps the network
   * log ({@code HeadlessChromium(w, h, true)}), drained before the page was opened.
   */
  static void askedForNothing(ChromeDriver driver, String url) throws IOException {
    List<String> errors = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
        errors.add(e.getLevel() + " " + e.getMessage());
      }
    }
    assertThat(errors).as("console errors and warnings").isEmpty();
    List<String> requests = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = JSON.readTree(e.getMessage()).get("message");
      String method = m.get("method").asText();
      // the page's requests (the browser's own new-tab page may still be loading in another tab)
      if (method.equals("Network.requestWillBeSent")
          && m.get("params").path("documentURL").asText().equals(url)) {
        requests.add(m.get("params").get("request").get("url").asText());
      }
      assertThat(method)
          .as("no web socket or event source")
          .doesNotStartWith("Network.webSocket")
          .doesNotStartWith("Network.eventSource");
    }
    assertThat(requests).as("the page itself was loaded, and seen as loaded").contains(url);
    assertThat(requests)
        .as("nothing but the page itself (and data: URLs) is requested by the page")
        .allMatch(u -> u.equals(url) || u.startsWith("data:"));
    assertThat(
            ((JavascriptExecutor) driver)
                .executeScript("return performance.getEntriesByType('resource').length"))
        .isEqualTo(0L);
  }

  /** A time of incidents.csv (seconds, 3 decimals) in ms, as the run had it. */
  private static long millis(String seconds) {
    return Math.round(Double.parseDouble(seconds) * 1000);
  }

  /** The hexagons on the map now: each one's properties, ring ([lon, lat]) and fill. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> hexagonsOnMap(JavascriptExecutor js) {
    return (List<Map<String, Object>>)
        js.executeScript("return window.patrolsimReport.hexagonsOnMap()");
  }

  /**
   * The hexagons drawn are those of the csv rows that {@code kept} keeps, with their figures: each
   * row binned by the page's grid (the map's bounds in the page's data) at its csv position, each
   * hexagon drawn where the grid puts it.
   */
  @SuppressWarnings("unchecked")
  static void hexagonsCount(
      JavascriptExecutor js, List<Map<String, Object>> cells, Csv csv, Predicate<String[]> kept) {
    List<List<Number>> b =
        (List<List<Number>>)
            js.executeScript(
                "return JSON.parse(document.getElementById('run-data').textContent).map.bounds");
    HexGrid grid =
        HexGrid.of(
            new Bounds(
                b.get(0).get(0).doubleValue(),
                b.get(0).get(1).doubleValue(),
                b.get(1).get(0).doubleValue(),
                b.get(1).get(1).doubleValue()));
    Map<String, long[]> counted = new HashMap<>();
    Map<String, List<Double>> urgent = new HashMap<>();
    Map<String, HexGrid.Cell> byId = new HashMap<>();
    Collection<String[]> rows = csv.rows().values();
    for (String[] row : rows) {
      if (!kept.test(row)) {
        continue;
      }
      HexGrid.Cell c =
          grid.cell(
              Double.parseDouble(csv.get(row, "lat")), Double.parseDouble(csv.get(row, "lon")));
      byId.put(c.id(), c);
      long[] n = counted.computeIfAbsent(c.id(), k -> new long[3]);
      String disposal = csv.get(row, "disposal");
      n[0]++;
      n[1] += disposal.equals("STREET") ? 1 : 0;
      n[2] += disposal.equals("STATION_CALLOUT") ? 1 : 0;
      String arrival = csv.get(row, "firstArrivalS");
      if (csv.get(row, "priority").equals("urgent") && !arrival.isEmpty()) {
        urgent
            .computeIfAbsent(c.id(), k -> new ArrayList<>())
            .add((millis(arrival) - millis(csv.get(row, "callS"))) / 1000.0);
      }
    }
    assertThat(cells).as("every hexagon drawn holds an incident kept").hasSize(counted.size());
    for (Map<String, Object> c : cells) {
      Map<String, Object> p = (Map<String, Object>) c.get("properties");
      String id = (String) p.get("cell");
      long[] n = counted.get(id);
      assertThat(n).as("incidents kept in " + id).isNotNull();
      assertThat(((Number) p.get("calls")).longValue()).as("calls in " + id).isEqualTo(n[0]);
      assertThat(((Number) p.get("streetDisposed")).longValue()).isEqualTo(n[1]);
      assertThat(((Number) p.get("stationCallOuts")).longValue()).isEqualTo(n[2]);
      List<Double> times = urgent.getOrDefault(id, List.of()).stream().sorted().toList();
      Object p90 = p.get("urgentFirstArrivalP90S");
      if (times.isEmpty()) {
        assertThat(p90).isNull();
      } else {
        double nearestRank = times.get((int) Math.ceil(0.9 * times.size()) - 1);
        assertThat(((Number) p90).doubleValue()).isEqualTo(Math.round(nearestRank * 10) / 10.0);
      }
      List<List<Number>> ring = (List<List<Number>>) c.get("ring");
      List<LatLon> expected = grid.ring(byId.get(id));
      assertThat(ring).hasSize(expected.size());
      for (int i = 0; i < ring.size(); i++) {
        assertThat(ring.get(i).get(0).doubleValue())
            .as(id + " corner " + i + " lon")
            .isCloseTo(expected.get(i).lon(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(ring.get(i).get(1).doubleValue())
            .as(id + " corner " + i + " lat")
            .isCloseTo(expected.get(i).lat(), org.assertj.core.data.Offset.offset(1e-6));
      }
    }
  }
}
