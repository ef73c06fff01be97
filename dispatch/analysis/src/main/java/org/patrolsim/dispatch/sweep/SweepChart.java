// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.report.html.ChartPage;

/**
 * The sweep's page, sweep.html: headline cards, the plan's KPIs against the swept value, each as
 * its mean with the 95 % interval as a band, one panel per unit (shares in %, seconds, counts), and
 * every KPI of every variant with its paired difference from the baseline ({@link SweepKpiTable}).
 * A self-contained page drawn by Apache ECharts, the library report.html inlines (so it asks for
 * nothing when opened, and what ships is Apache-licensed); each panel can be saved as SVG from its
 * toolbox. The chart's data is built here and embedded as JSON, so the same sweep gives the same
 * bytes.
 */
final class SweepChart {
  private SweepChart() {}

  static String html(SweepResult result) {
    String data;
    try {
      data = SweepFiles.MAPPER.writeValueAsString(data(result));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the sweep chart's data must write", e);
    }
    return ChartPage.html(
        "patrolsim sweep",
        """
        body { font-family: sans-serif; margin: 1.5em; color: #222; max-width: 1000px; }
        h1 { font-size: 1.4em; } p.note { color: #555; font-size: 0.9em; }
        .chart { width: 100%; height: 320px; margin-bottom: 1em; }
        #cards { display: flex; flex-wrap: wrap; gap: 0.8em; margin-bottom: 1em; }
        .card { border: 1px solid #ccc; border-radius: 6px; padding: 0.6em 0.8em; min-width: 14em; }
        .card .label { font-size: 0.85em; color: #555; } .card .value { font-size: 1.6em; }
        .card .interval, .card .best { font-size: 0.85em; }
        table { border-collapse: collapse; font-size: 0.85em; } th, td { padding: 0.3em 0.6em; }
        th { text-align: left; } td { text-align: right; border-top: 1px solid #eee; }
        td span { display: block; } td .delta { color: #555; }
        """,
        """
        <h1 id="title"></h1>
        <p id="about" class="note"></p>
        <div id="cards"></div>
        <div id="panels"></div>
        <h2>Every KPI</h2>
        <p class="note">Each variant's mean and 95 % interval, and below it its paired difference from \
        the baseline with its 95 % interval (*: the interval excludes 0).</p>
        <table id="kpi-table"></table>
        <h2>Map</h2>
        <p id="map-note" class="note"></p>
        """,
        data,
        SCRIPT + SweepKpiTable.SCRIPT);
  }

  /**
   * The page's data: title, the x axis' name and values, and per unit the series with their bands.
   */
  static Map<String, Object> data(SweepResult result) {
    SweepSetup setup = result.setup();
    XAxisValues x = XAxisValues.of(setup);
    Map<String, Object> d = new LinkedHashMap<>();
    d.put(
        "title",
        setup.plan().title() != null
            ? setup.plan().title()
            : "patrolsim sweep: " + String.join(" x ", x.names()));
    d.put(
        "about",
        "mean and 95 % interval over "
            + setup.replications()
            + " replications per variant (common random numbers); "
            + Path.of(setup.variants().get(0).source()).getFileName());
    d.put("xName", x.names().get(0));
    d.put("x", x.labels());
    Map<Kpi.Unit, List<Kpi>> panels = new LinkedHashMap<>();
    for (Kpi k : setup.kpis()) {
      panels.computeIfAbsent(k.unit(), u -> new ArrayList<>()).add(k);
    }
    List<Object> out = new ArrayList<>();
    panels.forEach((unit, kpis) -> out.add(panel(result, x, unit, kpis)));
    d.put("panels", out);
    d.put("table", SweepKpiTable.data(result));
    return d;
  }

  private static Map<String, Object> panel(
      SweepResult result, XAxisValues x, Kpi.Unit unit, List<Kpi> kpis) {
    double scale = unit == Kpi.Unit.SHARE ? 100 : 1;
    List<Object> series = new ArrayList<>();
    for (Kpi k : kpis) {
      for (String group : x.groups()) {
        List<Object> mean = new ArrayList<>();
        List<Object> low = new ArrayList<>();
        List<Object> high = new ArrayList<>();
        for (int i = 0; i < x.labels().size(); i++) {
          mean.add(null);
          low.add(null);
          high.add(null);
        }
        for (VariantEstimates v : result.variants()) {
          Estimate e = v.kpi(k);
          if (!x.group(v.variant()).equals(group) || !Double.isFinite(e.mean())) {
            continue;
          }
          int at = x.position(v.variant());
          mean.set(at, SweepFiles.number(e.mean() * scale));
          low.set(at, SweepFiles.number((e.hasInterval() ? e.low() : e.mean()) * scale));
          high.set(at, SweepFiles.number((e.hasInterval() ? e.high() : e.mean()) * scale));
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", k.label() + (group.isEmpty() ? "" : " (" + group + ")"));
        s.put("mean", mean);
        s.put("low", low);
        s.put("high", high);
        series.add(s);
      }
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(
        "unit",
        switch (unit) {
          case SHARE -> "%";
          case SECONDS -> "seconds";
          case COUNT -> "count";
        });
    p.put("fromZero", unit != Kpi.Unit.SECONDS);
    p.put("series", series);
    return p;
  }

  private static final String SCRIPT =
      """
      (function () {
        var d = JSON.parse(document.getElementById('data').textContent);
        document.getElementById('title').textContent = d.title;
        document.getElementById('about').textContent = d.about + '. Lines: means; bands: 95 % intervals.';
        var colours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
        var c = 0;
        d.panels.forEach(function (p) {
          var div = document.createElement('div');
          div.className = 'chart';
          document.getElementById('panels').appendChild(div);
          var series = [];
          p.series.forEach(function (s) {
            var colour = colours[c++ % colours.length];
            var width = s.high.map(function (h, i) { return h === null ? null : h - s.low[i]; });
            series.push({ name: s.name, type: 'line', data: s.low, stack: s.name, symbol: 'none', color: colour,
              lineStyle: { opacity: 0 }, tooltip: { show: false }, silent: true, legendHoverLink: false });
            series.push({ name: s.name, type: 'line', data: width, stack: s.name, symbol: 'none', color: colour,
              lineStyle: { opacity: 0 }, areaStyle: { color: colour, opacity: 0.18 }, silent: true });
            series.push({ name: s.name, type: 'line', data: s.mean, color: colour, lineStyle: { width: 2 },
              connectNulls: true });
          });
          echarts.init(div, null, { renderer: 'svg' }).setOption({
            animation: false,
            color: colours,
            legend: { type: 'scroll', top: 0 },
            grid: { left: 70, right: 30, top: 40, bottom: 50 },
            toolbox: { feature: { saveAsImage: { type: 'svg', name: 'sweep-' + p.unit } } },
            tooltip: { trigger: 'axis', formatter: function (ps) {
              var i = ps[0].dataIndex;
              return d.xName + ' = ' + d.x[i] + p.series.map(function (s) {
                return s.mean[i] === null ? '' : '<br>' + s.name + ': ' + s.mean[i] + ' [' + s.low[i] + ', '
                  + s.high[i] + ']';
              }).join('');
            } },
            xAxis: { type: 'category', data: d.x, name: d.xName, nameLocation: 'middle', nameGap: 30,
              boundaryGap: false },
            yAxis: { type: 'value', name: p.unit, scale: !p.fromZero, min: p.fromZero ? function (v) {
              return v.min < -0.5 ? Math.floor(v.min) : 0;  // rounding noise below 0 is not a value
            } : null },
            series: series
          });
        });
      })();
      """;

  /**
   * The x axis: the first axis' values in order, or the list's variants in order; groups from a
   * second axis.
   */
  private record XAxisValues(
      List<String> names, List<String> labels, List<String> groups, SweepSetup setup) {

    static XAxisValues of(SweepSetup setup) {
      List<Axis> axes = setup.plan().axes();
      if (axes.isEmpty()) {
        return new XAxisValues(
            List.of("variant"),
            setup.variants().stream().map(Variant::name).toList(),
            List.of(""),
            setup);
      }
      Axis first = axes.get(0);
      List<String> labels =
          first.values().stream().map(v -> new Setting(first.path(), v).valueText()).toList();
      List<String> groups =
          axes.size() == 1
              ? List.of("")
              : axes.get(1).values().stream()
                  .map(v -> new Setting(axes.get(1).path(), v).toString())
                  .toList();
      return new XAxisValues(axes.stream().map(Axis::path).toList(), labels, groups, setup);
    }

    int position(Variant v) {
      List<Axis> axes = setup.plan().axes();
      if (axes.isEmpty()) {
        return v.index();
      }
      return axes.get(0).values().indexOf(v.settings().get(0).value());
    }

    String group(Variant v) {
      return setup.plan().axes().size() < 2 ? "" : v.settings().get(1).toString();
    }
  }
}
