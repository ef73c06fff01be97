// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sensitivity;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.patrolsim.dispatch.report.html.ChartPage;

/**
 * sensitivity.html: a self-contained page (Apache ECharts inlined as in report.html, so it asks for
 * nothing when opened) with a tornado chart per KPI: for each input, in rank order, a bar from the
 * plan's value to the KPI at the input's low end and one to its high end, and a table of the paired
 * intervals. It shows sensitivity.json's content, embedded as data, and nothing else.
 */
final class TornadoPage {
  private TornadoPage() {}

  static String html(Map<String, Object> json) {
    String data;
    try {
      data = SensitivityFiles.MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("sensitivity.json must write", e);
    }
    return ChartPage.html(
        "patrolsim sensitivity",
        """
        body { font-family: sans-serif; margin: 1.5em; color: #222; max-width: 1100px; }
        h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; }
        .chart { width: 100%; height: 380px; }
        table { border-collapse: collapse; font-size: 0.85em; margin-top: 0.5em; }
        td, th { border-bottom: 1px solid #ddd; padding: 2px 8px; text-align: right; }
        td:nth-child(2), th:nth-child(2) { text-align: left; }
        .clear { font-weight: bold; }
        p.note { color: #555; font-size: 0.9em; }
        """,
        """
        <h1>Which inputs move each KPI most</h1>
        <p id="about" class="note"></p>
        <div id="kpis"></div>
        """,
        data,
        SCRIPT);
  }

  private static final String SCRIPT =
      """
      (function () {
        var d = JSON.parse(document.getElementById('data').textContent);
        document.getElementById('about').textContent = d.scenario + ', seed ' + d.seed + ', ' + d.days
          + ' day(s); ' + d.method + '; ' + d.replications + ' replications per variant; intervals are paired'
          + ' 95 % intervals. Bars: the KPI at the low (blue) and the high (red) end of each input\\'s range,'
          + ' as a change from the plan; inputs by rank (the longest bar first).';
        var inputs = {};
        d.inputs.forEach(function (i) { inputs[i.name] = i; });
        function txt(v) {
          if (v === null || v === undefined) { return '-'; }
          if (Array.isArray(v)) {
            return v.length + ' hourly, x ' + Math.min.apply(null, v) + '-' + Math.max.apply(null, v);
          }
          return typeof v === 'object' ? JSON.stringify(v) : String(v);
        }
        d.kpis.forEach(function (k, n) {
          var share = k.unit === 'share of 1';
          var scale = share ? 100 : 1;
          var unit = share ? 'percentage points' : k.unit;
          var fmt = function (v) { return v === null ? '-' : (v * scale).toFixed(share ? 2 : 1); };
          var box = document.createElement('div');
          var h = document.createElement('h2');
          h.textContent = k.label + ' (' + k.kpi + '): plan ' + fmt(k.base.mean) + (share ? ' %' : ' ' + k.unit);
          box.appendChild(h);
          var chart = document.createElement('div');
          chart.className = 'chart';
          box.appendChild(chart);
          var names = k.ranking.map(function (r) { return r.rank + '. ' + r.input; });
          var bar = function (end) {
            return k.ranking.map(function (r) { var e = r[end]; return e.mean === null ? null : e.mean * scale; });
          };
          var table = document.createElement('table');
          var head = '<tr><th>rank</th><th>input</th><th>low</th><th>plan</th><th>high</th>'
            + '<th>KPI at low</th><th>KPI at high</th><th>high - low [95 % CI]</th></tr>';
          table.innerHTML = head + k.ranking.map(function (r) {
            var i = inputs[r.input];
            return '<tr' + (r.clear ? ' class="clear"' : '') + '><td>' + r.rank + '</td><td>' + r.input
              + ' <small>' + i.path + '</small></td><td>' + txt(i.low) + '</td><td>' + txt(i.base) + '</td><td>'
              + txt(i.high) + '</td><td>' + fmt(r.low.mean) + '</td><td>' + fmt(r.high.mean) + '</td><td>'
              + fmt(r.effect.mean) + ' [' + fmt(r.effect.ciLow) + ', ' + fmt(r.effect.ciHigh) + ']</td></tr>';
          }).join('');
          box.appendChild(table);
          document.getElementById('kpis').appendChild(box);
          chart.style.height = Math.max(200, 60 + 28 * names.length) + 'px';
          echarts.init(chart).setOption({
            animation: false,
            grid: { left: 220, right: 40, top: 30, bottom: 40 },
            legend: { data: ['low end', 'high end'] },
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
              var r = k.ranking[ps[0].dataIndex];
              var ci = function (e) { return fmt(e.mean) + ' [' + fmt(e.ciLow) + ', ' + fmt(e.ciHigh) + ']'; };
              return r.input + '<br>low end - plan: ' + ci(r.lowVsBase) + '<br>high end - plan: ' + ci(r.highVsBase)
                + '<br>high - low: ' + ci(r.effect) + ' (' + unit + ')';
            } },
            xAxis: { type: 'value', name: 'change from the plan (' + unit + ')', nameLocation: 'middle', nameGap: 26 },
            yAxis: { type: 'category', data: names, inverse: true },
            series: [
              { name: 'low end', type: 'bar', data: bar('lowVsBase'), itemStyle: { color: '#1f77b4', opacity: 0.8 } },
              { name: 'high end', type: 'bar', data: bar('highVsBase'), barGap: '-100%', itemStyle: { color: '#d62728', opacity: 0.6 } }
            ]
          });
        });
      })();
      """;
}
