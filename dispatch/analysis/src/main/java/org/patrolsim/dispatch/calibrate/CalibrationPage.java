// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.calibrate;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.report.html.ChartPage;

/**
 * calibration.html: a self-contained page (Apache ECharts inlined as in report.html) with the table
 * of fitted values, each fit's histogram of the data against the fit, the inputs not fitted and
 * why, and the records left out by reason. It shows calibration.json's content and the histograms,
 * nothing else.
 */
final class CalibrationPage {
  private CalibrationPage() {}

  static String html(Map<String, Object> json, Calibration c) {
    Map<String, Object> data = new LinkedHashMap<>(json);
    List<Object> charts = new ArrayList<>();
    for (Fit f : c.fits()) {
      if (f.histogram() != null) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("name", f.name());
        one.put("axis", f.histogram().axis());
        one.put("bins", f.histogram().bins());
        one.put("observed", f.histogram().observed());
        one.put("fitted", f.histogram().fitted());
        charts.add(one);
      }
    }
    data.put("charts", charts);
    String text;
    try {
      text = CalibrationFiles.JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("calibration.json must write", e);
    }
    return ChartPage.html("patrolsim calibration", CSS, BODY, text, SCRIPT);
  }

  private static final String CSS =
      """
      body { font-family: sans-serif; margin: 1.5em; color: #222; max-width: 1100px; }
      h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; }
      .chart { width: 100%; height: 300px; }
      table { border-collapse: collapse; font-size: 0.85em; margin-top: 0.5em; }
      td, th { border-bottom: 1px solid #ddd; padding: 2px 8px; text-align: left; vertical-align: top; }
      p.note { color: #555; font-size: 0.9em; }
      """;

  private static final String BODY =
      """
      <h1>Calibration from dispatch records</h1>
      <p id="about" class="note"></p>
      <h2>Fitted values</h2>
      <table id="fits"></table>
      <h2>Each fit against its data</h2>
      <div id="charts"></div>
      <h2 id="not-fitted">Not fitted and why</h2>
      <table id="notFitted"></table>
      <h2>Records left out by the reader</h2>
      <table id="problems"></table>
      """;

  private static final String SCRIPT =
      """
      (function () {
        var d = JSON.parse(document.getElementById('data').textContent);
        function esc(s) { var e = document.createElement('span'); e.textContent = String(s); return e.innerHTML; }
        function txt(v) {
          if (v === null || v === undefined) { return '-'; }
          if (Array.isArray(v)) { return v.join(', '); }
          if (typeof v === 'object') {
            return Object.keys(v).map(function (k) { return k + ': ' + txt(v[k]); }).join('; ');
          }
          return String(v);
        }
        document.getElementById('about').textContent = d.records + ' (' + d.rows + ' rows), ' + d.window.from + ' to '
          + d.window.to + ' (' + d.window.days + ' days, ' + d.window.calls + ' calls fitted)'
          + (d.holdout ? '; held out from ' + d.holdout.from + ': ' + d.holdout.calls + ' calls (' + d.holdout.records + ')' : '')
          + '; base ' + d.baseScenario + ', map ' + d.map + '.';
        document.getElementById('fits').innerHTML = '<tr><th>fit</th><th>value</th><th>scenario field</th><th>n</th>'
          + '<th>goodness</th><th>left out</th><th>method</th></tr>' + d.fits.map(function (f) {
            var g = f.goodness;
            return '<tr><td>' + esc(f.name) + '</td><td>' + esc(txt(f.value)) + '</td><td>'
              + esc(f.target === null ? 'reported only' : f.target + (f.written ? '' : ' (not written)'))
              + (f.note ? '<br><small>' + esc(f.note) + '</small>' : '') + '</td><td>' + f.n + '</td><td>'
              + esc(g.measure + ' ' + txt(g.value)) + '<br><small>' + esc(g.reading) + '</small></td><td>'
              + esc(txt(f.leftOut)) + '</td><td><small>' + esc(f.method) + '</small></td></tr>';
          }).join('');
        d.charts.forEach(function (c) {
          var h = document.createElement('h3');
          h.textContent = c.name;
          var div = document.createElement('div');
          div.className = 'chart';
          div.setAttribute('data-fit', c.name);
          var box = document.getElementById('charts');
          box.appendChild(h);
          box.appendChild(div);
          echarts.init(div).setOption({
            animation: false,
            legend: { data: ['data', 'fit'] },
            tooltip: { trigger: 'axis' },
            grid: { left: 60, right: 30, top: 40, bottom: 50 },
            xAxis: { type: 'category', data: c.bins, name: c.axis, nameLocation: 'middle', nameGap: 30 },
            yAxis: { type: 'value', name: 'count' },
            series: [
              { name: 'data', type: 'bar', data: c.observed, itemStyle: { color: '#1f77b4', opacity: 0.8 } },
              { name: 'fit', type: 'line', data: c.fitted, symbol: 'none', itemStyle: { color: '#d62728' } }
            ]
          });
        });
        document.getElementById('notFitted').innerHTML = '<tr><th>input</th><th>scenario field (kept at the base)</th>'
          + '<th>why</th></tr>' + d.notFitted.map(function (n) {
            return '<tr><td>' + esc(n.name) + '</td><td>' + esc(n.target) + '</td><td>' + esc(n.why) + '</td></tr>';
          }).join('');
        var probs = Object.keys(d.problems);
        document.getElementById('problems').innerHTML = probs.length === 0 ? '<tr><td>none</td></tr>'
          : '<tr><th>reason</th><th>count</th><th>first lines</th></tr>' + probs.map(function (k) {
            return '<tr><td>' + esc(k) + '</td><td>' + d.problems[k].count + '</td><td>'
              + esc(d.problems[k].firstLines.join(', ')) + '</td></tr>';
          }).join('');
      })();
      """;
}
