// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.kpi.KpiCatalogue;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.testing.IntegrationTest;
import org.patrolsim.dispatch.testing.MonacoRun;

/** report.html of a real run: self-contained, deterministic, and its data adds up to the run's. */
@IntegrationTest
class HtmlReportTest {
  static MonacoRun run;
  static String page;

  @BeforeAll
  static void write() throws IOException {
    run = MonacoRun.of();
    page = page(IncidentRecords.MAX_SHOWN);
  }

  static String page(int maxShown) throws IOException {
    StringWriter w = new StringWriter();
    HtmlReport.write(run.plan(), run.report(), run.page(), Map.of(), maxShown, w);
    return w.toString();
  }

  @Test
  void thePageIsOneFileThatAsksForNothing() throws IOException {
    assertThat(page).startsWith("<!DOCTYPE html>");
    // the markup itself, outside the inlined scripts and styles, loads nothing
    String markup =
        page.replaceAll("(?s)<script([^>]*)>.*?</script>", "<script$1></script>")
            .replaceAll("(?s)<style>.*?</style>", "<style></style>");
    assertThat(markup.length()).isLessThan(10_000);
    assertThat(
            Pattern.compile("<script[^>]*\\ssrc=", Pattern.CASE_INSENSITIVE).matcher(markup).find())
        .isFalse();
    assertThat(Pattern.compile("<link[\\s>]", Pattern.CASE_INSENSITIVE).matcher(markup).find())
        .isFalse();
    assertThat(
            Pattern.compile("<img[\\s>]|<iframe[\\s>]", Pattern.CASE_INSENSITIVE)
                .matcher(markup)
                .find())
        .isFalse();
    var styles = Pattern.compile("(?s)<style>(.*?)</style>").matcher(page);
    int sheets = 0;
    while (styles.find()) {
      sheets++;
      assertThat(
              Pattern.compile("url\\((?!data:|#default#VML)", Pattern.CASE_INSENSITIVE)
                  .matcher(styles.group(1))
                  .find())
          .as("every CSS url() is inlined")
          .isFalse();
      assertThat(styles.group(1)).doesNotContain("@import");
    }
    assertThat(sheets).isEqualTo(2);
    assertThat(page).contains("default-src 'none'").contains("img-src data:");
    assertThat(page).doesNotContain("{{");
    assertThat(page.split("(?i)</script>", -1))
        .as("four script elements (data, Leaflet, ECharts, the report's)," + " none ended early")
        .hasSize(5);
    assertThat(page(IncidentRecords.MAX_SHOWN))
        .as("the same run gives the same bytes")
        .isEqualTo(page);
  }

  @Test
  void dataInTheScriptCannotEndIt() {
    String json = HtmlReport.json(Map.of("reason", "</script><!-- & \u2028"));
    assertThat(json)
        .doesNotContain("<")
        .doesNotContain(">")
        .doesNotContain("&")
        .doesNotContain("\u2028");
    assertThat(json).contains("\\u003C/script\\u003E");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDataAddsUpToTheRun() {
    Map<String, Object> d =
        HtmlReport.data(
            run.plan(),
            run.report(),
            run.page(),
            Map.of(),
            IncidentRecords.MAX_SHOWN,
            WebAssets.get());
    List<IncidentTimeline> all = run.timelines();
    Map<String, Object> incidents = (Map<String, Object>) d.get("incidents");
    assertThat((List<Object>) incidents.get("rows")).hasSize(all.size());
    assertThat(incidents.get("shownEvery")).isEqualTo(1);
    // each row names its hexagon, and the rows of a hexagon are its calls (a filtered page counts
    // the rows it keeps in the same hexagons)
    List<Map<String, Object>> hexagons =
        (List<Map<String, Object>>)
            ((Map<String, Object>) ((Map<String, Object>) d.get("map")).get("hexagons"))
                .get("features");
    int hex = IncidentRecords.COLUMNS.indexOf("hex");
    long[] rowsIn = new long[hexagons.size()];
    for (Object row : (List<Object>) incidents.get("rows")) {
      rowsIn[(Integer) ((List<Object>) row).get(hex)]++;
    }
    for (int i = 0; i < hexagons.size(); i++) {
      Map<String, Object> p = (Map<String, Object>) hexagons.get(i).get("properties");
      assertThat(rowsIn[i])
          .as("rows in hexagon " + p.get("cell"))
          .isEqualTo(((Number) p.get("calls")).longValue());
    }
    Map<String, Object> charts = (Map<String, Object>) d.get("charts");
    List<Double> perHour =
        (List<Double>) ((Map<String, Object>) charts.get("hourly")).get("callsPerDay");
    assertThat(perHour.stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(all.size(), within(0.5));
    // every car is in exactly one of the five states, so each bucket's states add up to the fleet
    Map<String, Object> fleet = (Map<String, Object>) charts.get("fleet");
    List<List<Double>> series = (List<List<Double>>) fleet.get("series");
    for (int b = 0; b < series.get(0).size(); b++) {
      int bucket = b;
      double cars = series.stream().mapToDouble(s -> s.get(bucket)).sum();
      assertThat(cars).as("bucket " + b).isCloseTo(run.report().run().vehicles(), within(0.03));
    }
    // the urgent curve ends at the share of urgent calls reached
    List<Object> curves =
        (List<Object>) ((Map<String, Object>) charts.get("response")).get("curves");
    Map<String, Object> urgent = (Map<String, Object>) curves.get(0);
    List<List<Double>> points = (List<List<Double>>) urgent.get("points");
    long urgentCalls = all.stream().filter(t -> t.priority().key().equals("urgent")).count();
    long reached =
        all.stream()
            .filter(t -> t.priority().key().equals("urgent") && t.firstArrivalMs() >= 0)
            .count();
    assertThat(points.get(points.size() - 1).get(1))
        .isCloseTo(reached / (double) urgentCalls, within(1e-4));
    for (int i = 1; i < points.size(); i++) {
      assertThat(points.get(i).get(0)).isGreaterThanOrEqualTo(points.get(i - 1).get(0));
      assertThat(points.get(i).get(1)).isGreaterThan(points.get(i - 1).get(1));
    }
    Map<String, Object> roads =
        (Map<String, Object>) ((Map<String, Object>) d.get("map")).get("roads");
    assertThat((List<Object>) roads.get("lines")).hasSize(run.plan().roads().size());
    List<Map<String, Object>> kpis = (List<Map<String, Object>>) d.get("kpis");
    long street = all.stream().filter(t -> t.disposal() == Disposal.STREET).count();
    assertThat(kpis.get(0).get("value"))
        .isEqualTo(KpiCards.pct(Math.round(street * 10_000.0 / all.size()) / 10_000.0));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aBigRunShowsEveryKthIncidentAndSaysSo() {
    int n = run.timelines().size();
    Map<String, Object> some = run.page().incidents.of(n / 4, new int[n]);
    List<List<Object>> rows = (List<List<Object>>) some.get("rows");
    int every = (int) some.get("shownEvery");
    assertThat(every).isGreaterThanOrEqualTo(4).isLessThanOrEqualTo(5);
    assertThat(rows.size()).isLessThanOrEqualTo(n / 4).isEqualTo((n + every - 1) / every);
    assertThat(some.get("total")).isEqualTo(n);
    assertThat(rows.get(1).get(0)).isEqualTo(run.timelines().get(every).id());
  }

  @Test
  void kpiIntervalsFromReplicationsAreShownInTheKpisOwnUnit() {
    List<Map<String, Object>> single = KpiCards.of(run.report(), Map.of());
    List<Map<String, Object>> cards =
        KpiCards.of(
            run.report(),
            Map.of(
                KpiCatalogue.STREET_DISPOSAL_SHARE,
                new KpiInterval(0.718, 0.701, 0.735, 10),
                KpiCatalogue.URGENT_FIRST_ARRIVAL_MEAN,
                new KpiInterval(215.2, 201, 230.4, 10)));
    // a card with an interval leads with the mean; the run's own value follows as replication 0's
    assertThat(cards.get(0).get("value")).isEqualTo("71.8 %");
    assertThat(cards.get(0).get("interval"))
        .isEqualTo("mean of 10 replications; 95 % interval 70.1 % to 73.5 %");
    assertThat(cards.get(0).get("single")).isEqualTo(single.get(0).get("value"));
    assertThat(cards.get(0).get("detail"))
        .isEqualTo("replication 0: " + single.get(0).get("detail"));
    assertThat(cards.get(1).get("interval")).isNull();
    assertThat(cards.get(1).get("value")).isEqualTo(single.get(1).get("value"));
    assertThat(cards.get(KpiCards.KEYS.indexOf("urgentFirstArrivalMean")).get("value"))
        .isEqualTo("215 s");
    assertThat(cards.get(KpiCards.KEYS.indexOf("urgentFirstArrivalMean")).get("interval"))
        .isEqualTo("mean of 10 replications; 95 % interval 201 s to 230 s");
    List<String> keys = new java.util.ArrayList<>(KpiCards.KEYS);
    keys.add(keys.indexOf("coverage") + 1, KpiCards.PRESENCE_KEY);
    assertThat(cards.stream().map(c -> c.get("key")).toList()).isEqualTo(keys);
  }

  @Test
  @SuppressWarnings("unchecked")
  void patrolPresenceHasACardWhenTheRunMeasuredIt() {
    Map<String, Object> presence = (Map<String, Object>) run.report().summary().get("presence");
    assertThat(presence)
        .as("Monaco's run measures presence (report.presence's default)")
        .isNotNull();
    Map<String, Object> card =
        KpiCards.of(run.report(), Map.of()).stream()
            .filter(c -> c.get("key").equals(KpiCards.PRESENCE_KEY))
            .findFirst()
            .orElseThrow();
    Map<String, Object> hotspots = (Map<String, Object>) presence.get("hotspots");
    assertThat(card.get("value")).isEqualTo(String.valueOf(hotspots.get("minutesPerDay")));
    assertThat((String) card.get("detail"))
        .startsWith("at the " + hotspots.get("count") + " busiest places for calls, summed; ")
        .contains(hotspots.get("visitsPerDay") + " visits a day, ")
        .contains(KpiCards.pct(hotspots.get("koperShare")) + " of 10-15 min");
  }

  @Test
  void theFleetChartKeepsToAFewThousandBuckets() {
    assertThat(ChartData.bucketMs(86_400_000L)).isEqualTo(5 * 60_000);
    assertThat(ChartData.bucketMs(30 * 86_400_000L)).isEqualTo(15 * 60_000);
    assertThat(366 * 86_400_000L / ChartData.bucketMs(366 * 86_400_000L))
        .isLessThanOrEqualTo(ChartData.MAX_BUCKETS);
  }
}
