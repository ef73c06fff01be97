// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.backtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.report.html.ChartPage;

/**
 * The back-test's files: compare.json (the comparison, docs/SCENARIO.md) and compare.html, a
 * self-contained page (ECharts inlined, like report.html) with each measure's distributions side by
 * side, slice by slice, the tables of lines and the units busy by hour.
 */
public final class CompareFiles {
  public static final String JSON_FILE = "compare.json";
  public static final String HTML_FILE = "compare.html";

  /** The bins of a histogram on the page. */
  static final int BINS = 30;

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private CompareFiles() {}

  /** compare.json's text. */
  public static String json(Map<String, Object> content) {
    return write(content) + "\n";
  }

  private static String write(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("compare.json must write", e);
    }
  }

  /** compare.html: compare.json's content and, per line, both histograms. */
  public static String html(Comparison c, Map<String, Object> content) {
    Map<String, Object> data = new LinkedHashMap<>(content);
    List<Object> histograms = new ArrayList<>();
    for (CompareLine l : c.lines()) {
      TwoSamples t = Comparison.samples(c.pairing().calls(), l.measure(), l.slice());
      double top = Math.max(t.simulatedQuantile(0.99), t.recordedQuantile(0.99));
      top = Double.isFinite(top) && top > 0 ? top : 1;
      int[][] counts = t.histogram(top, BINS);
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("binSeconds", Json.round(top / BINS, 3));
      h.put("simulated", counts[0]);
      h.put("recorded", counts[1]);
      histograms.add(h);
    }
    data.put("histograms", histograms);
    return ChartPage.html("patrolsim back-test", CSS, BODY, write(data), SCRIPT);
  }

  private static final String CSS =
      """
      body { font-family: sans-serif; margin: 1.5em; color: #222; max-width: 1100px; }
      h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; }
      .chart { width: 100%; height: 300px; }
      table { border-collapse: collapse; font-size: 0.85em; margin-top: 0.5em; }
      td, th { border-bottom: 1px solid #ddd; padding: 2px 8px; text-align: right; }
      td:first-child, th:first-child { text-align: left; }
      tr.line { cursor: pointer; } tr.shown { background: #eef; }
      .FAIL { color: #b00; font-weight: bold; } .TOO_FEW { color: #888; } .PASS { color: #070; }
      p.note { color: #555; font-size: 0.9em; }
      """;

  private static final String BODY =
      """
      <h1>Back-test: the plan's run against the records</h1>
      <p id="about" class="note"></p>
      <div id="measures"></div>
      <h2>Units busy on calls by hour of the day</h2>
      <div id="busy" class="chart"></div>
      <table id="busyLines"></table>
      """;

  private static final String SCRIPT =
      """
      (function () {
        var d = JSON.parse(document.getElementById('data').textContent);
        var fmt = function (v, n) { return v === null || v === undefined ? '-' : Number(v).toFixed(n); };
        var t = d.tolerances;
        document.getElementById('about').textContent = 'Records ' + d.records.file + ' (' + d.pairing.paired
          + ' calls paired with the run; ' + d.pairing.recordedNotReplayed + ' not replayed), plan ' + d.scenario
          + ', seed ' + d.seed + '. Verdict ' + d.verdict + ': ' + d.lineCounts.PASS + ' pass, ' + d.lineCounts.FAIL
          + ' fail, ' + d.lineCounts.TOO_FEW + ' too few. A line fails when a median differs by more than '
          + (100 * t.medianRelative) + ' %, a p90 by more than ' + (100 * t.p90Relative) + ' % or the KS D exceeds '
          + t.ksD + ', and the KS p-value is below ' + d.lineAlpha + ' (' + t.alpha + ' over the lines tested);'
          + ' fewer than ' + t.minSamples + ' values on a side: too few. Click a line to see its distributions.';
        var names = { handling: 'Call handling (call to dispatch)', turnout: 'Turnout (dispatch to en route)',
          drive: 'Drive (en route, or dispatch, to on scene)',
          response: 'Response (call to on scene)', onScene: 'Time on scene', unitTime: 'Unit time per call' };
        Object.keys(names).forEach(function (m) {
          var box = document.createElement('div');
          var h = document.createElement('h2');
          h.textContent = names[m] + ' (' + m + ')';
          box.appendChild(h);
          var chartDiv = document.createElement('div');
          chartDiv.className = 'chart';
          box.appendChild(chartDiv);
          var table = document.createElement('table');
          table.innerHTML = '<tr><th>slice</th><th>n sim / rec</th><th>median s sim / rec</th>'
            + '<th>p90 s sim / rec</th><th>KS D</th><th>p</th><th>W1 s</th><th>verdict</th></tr>';
          box.appendChild(table);
          document.getElementById('measures').appendChild(box);
          var chart = echarts.init(chartDiv);
          function show(i, row) {
            var l = d.lines[i], hist = d.histograms[i];
            var share = function (a) { var n = a.reduce(function (x, y) { return x + y; }, 0) || 1;
              return a.map(function (c) { return 100 * c / n; }); };
            var labels = hist.simulated.map(function (c, k) { return Math.round(k * hist.binSeconds); });
            chart.setOption({ animation: false, title: { text: l.slice, textStyle: { fontSize: 13 } },
              legend: { data: ['simulated', 'recorded'] }, tooltip: { trigger: 'axis' },
              grid: { left: 50, right: 20, top: 40, bottom: 40 },
              xAxis: { type: 'category', data: labels, name: 's', nameLocation: 'end' },
              yAxis: { type: 'value', name: '% of calls' },
              series: [{ name: 'simulated', type: 'bar', data: share(hist.simulated), itemStyle: { color: '#1f77b4' } },
                { name: 'recorded', type: 'bar', data: share(hist.recorded), itemStyle: { color: '#ff7f0e' } }] }, true);
            Array.prototype.forEach.call(table.querySelectorAll('tr.shown'), function (r) { r.className = 'line'; });
            row.className = 'line shown';
          }
          var first = null;
          d.lines.forEach(function (l, i) {
            if (l.measure !== m) { return; }
            var tr = document.createElement('tr');
            tr.className = 'line';
            tr.innerHTML = '<td>' + l.slice + '</td><td>' + l.n.simulated + ' / ' + l.n.recorded + '</td><td>'
              + fmt(l.medianSeconds.simulated, 0) + ' / ' + fmt(l.medianSeconds.recorded, 0) + '</td><td>'
              + fmt(l.p90Seconds.simulated, 0) + ' / ' + fmt(l.p90Seconds.recorded, 0) + '</td><td>' + fmt(l.ksD, 3)
              + '</td><td>' + (l.ksP === null ? '-' : Number(l.ksP).toPrecision(2)) + '</td><td>'
              + fmt(l.wassersteinSeconds, 0) + '</td><td class="' + l.verdict + '">' + l.verdict
              + (l.exceeded.length ? ' (' + l.exceeded.join(', ') + ')' : '') + '</td>';
            tr.onclick = function () { show(i, tr); };
            table.appendChild(tr);
            if (first === null) { first = function () { show(i, tr); }; }
          });
          if (first) { first(); }
        });
        var hours = []; for (var k = 0; k < 24; k++) { hours.push(k + ':00'); }
        echarts.init(document.getElementById('busy')).setOption({ animation: false,
          legend: { data: ['simulated', 'recorded'] }, tooltip: { trigger: 'axis' },
          grid: { left: 50, right: 20, top: 40, bottom: 40 },
          xAxis: { type: 'category', data: hours }, yAxis: { type: 'value', name: 'units busy' },
          series: [{ name: 'simulated', type: 'bar', data: d.unitsBusyByHour.simulated, itemStyle: { color: '#1f77b4' } },
            { name: 'recorded', type: 'bar', data: d.unitsBusyByHour.recorded, itemStyle: { color: '#ff7f0e' } }] });
        document.getElementById('busyLines').innerHTML = '<tr><th>hours</th><th>mean units busy sim / rec</th>'
          + '<th>difference</th><th>verdict</th></tr>' + d.unitsBusy.map(function (b) {
            return '<tr><td>' + b.slice + '</td><td>' + fmt(b.simulated, 2) + ' / ' + fmt(b.recorded, 2) + '</td><td>'
              + (b.relativeDifference === null ? '-' : fmt(100 * b.relativeDifference, 1) + ' %') + '</td><td class="'
              + b.verdict + '">' + b.verdict + '</td></tr>';
          }).join('');
      })();
      """;
}
