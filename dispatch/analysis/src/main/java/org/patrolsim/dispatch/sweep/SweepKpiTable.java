// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.patrolsim.dispatch.kpi.Kpi;
import org.patrolsim.dispatch.kpi.KpiCatalogue;

/**
 * What sweep.html shows beside its charts: headline cards (each main KPI of the baseline, and the
 * variant that does best on it with its paired 95 % interval against the baseline), a table of
 * every KPI of every variant with its interval and its paired difference from the baseline (the
 * same numbers as sweep.json's), and why the page has no map. Data built here, drawn by {@link
 * #SCRIPT}.
 */
final class SweepKpiTable {
  /** Why sweep.html draws no map, in words on the page (docs/SWEEP.md says the same). */
  static final String NO_MAP =
      "No map: a sweep keeps only each replication's KPIs (replications.csv), not its incidents or"
          + " the cars' beats, so there is nothing of a variant to draw on a map. To see a"
          + " variant's map, run it (patrolsim run SCENARIO --set PATH=VALUE --replications N) or"
          + " compare two variants' runs (patrolsim compare A B).";

  private SweepKpiTable() {}

  /** The page's data for the cards, the table and the map note. */
  static Map<String, Object> data(SweepResult result) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("baseline", result.baseline().variant().name());
    d.put("headline", KpiCatalogue.MAIN.stream().map(Kpi::key).toList());
    List<Object> kpis = new ArrayList<>();
    for (Kpi k : KpiCatalogue.all()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("key", k.key());
      m.put("label", k.label());
      m.put("unit", k.unit().name().toLowerCase(Locale.ROOT));
      m.put("better", k.better().name().toLowerCase(Locale.ROOT));
      kpis.add(m);
    }
    d.put("catalogue", kpis);
    List<Object> variants = new ArrayList<>();
    for (VariantEstimates v : result.variants()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", v.variant().name());
      m.put("replications", v.replications());
      Map<String, Object> values = new LinkedHashMap<>();
      for (Kpi k : KpiCatalogue.all()) {
        Map<String, Object> e = SweepFiles.estimate(v.kpi(k));
        e.put("vsBaseline", SweepFiles.estimate(v.vsBaseline(k)));
        values.put(k.key(), e);
      }
      m.put("kpis", values);
      variants.add(m);
    }
    d.put("variants", variants);
    d.put("noMap", NO_MAP);
    return d;
  }

  /** Draws the cards, the table and the note; marks the body data-ready when done. */
  static final String SCRIPT =
      """
      (function () {
        var d = JSON.parse(document.getElementById('data').textContent).table;
        var byKey = {};
        d.catalogue.forEach(function (k) { byKey[k.key] = k; });
        function fmt(v, unit, signed) {
          if (v === null || v === undefined) { return '-'; }
          var x = unit === 'share' ? v * 100 : v;
          var s = unit === 'count' ? (x === Math.round(x) ? String(x) : x.toFixed(2)) : x.toFixed(1);
          if (signed && x > 0) { s = '+' + s; }
          return s + (unit === 'share' ? (signed ? ' pts' : ' %') : unit === 'seconds' ? ' s' : '');
        }
        function interval(e, unit, signed) {
          return e.ciLow === null ? 'no interval'
            : '[' + fmt(e.ciLow, unit, signed) + ', ' + fmt(e.ciHigh, unit, signed) + ']';
        }
        function el(tag, text, cls) {
          var e = document.createElement(tag);
          if (text !== undefined) { e.textContent = text; }
          if (cls) { e.className = cls; }
          return e;
        }
        var base = d.variants.filter(function (v) { return v.name === d.baseline; })[0];
        var cards = document.getElementById('cards');
        d.headline.forEach(function (key) {
          var k = byKey[key];
          var card = el('div', undefined, 'card');
          card.setAttribute('data-kpi', key);
          card.appendChild(el('div', k.label, 'label'));
          card.appendChild(el('div', fmt(base.kpis[key].mean, k.unit, false), 'value'));
          card.appendChild(el('div', 'baseline ' + d.baseline + ' ' + interval(base.kpis[key], k.unit, false), 'interval'));
          var best = null;
          d.variants.forEach(function (v) {
            var m = v.kpis[key].mean;
            if (v.name === d.baseline || m === null || k.better === 'neither') { return; }
            if (best === null || (k.better === 'higher' ? m > best.kpis[key].mean : m < best.kpis[key].mean)) { best = v; }
          });
          if (best !== null) {
            var vs = best.kpis[key].vsBaseline;
            card.appendChild(el('div', 'best: ' + best.name + ' ' + fmt(vs.mean, k.unit, true) + ' '
              + interval(vs, k.unit, true), 'best'));
          }
          cards.appendChild(card);
        });
        var table = document.getElementById('kpi-table');
        var head = el('tr');
        head.appendChild(el('th', 'KPI'));
        d.variants.forEach(function (v) {
          head.appendChild(el('th', v.name + (v.name === d.baseline ? ' (baseline)' : '')));
        });
        table.appendChild(head);
        d.catalogue.forEach(function (k) {
          var tr = el('tr');
          tr.setAttribute('data-kpi', k.key);
          tr.appendChild(el('th', k.label));
          d.variants.forEach(function (v) {
            var e = v.kpis[k.key];
            var td = el('td');
            td.setAttribute('data-variant', v.name);
            td.setAttribute('data-mean', String(e.mean));
            td.setAttribute('data-delta', String(e.vsBaseline.mean));
            td.setAttribute('data-delta-low', String(e.vsBaseline.ciLow));
            td.setAttribute('data-delta-high', String(e.vsBaseline.ciHigh));
            td.appendChild(el('span', fmt(e.mean, k.unit, false) + ' ' + interval(e, k.unit, false), 'mean'));
            if (v.name !== d.baseline) {
              var vs = e.vsBaseline;
              var sure = vs.ciLow !== null && (vs.ciLow > 0 || vs.ciHigh < 0);
              td.appendChild(el('span', fmt(vs.mean, k.unit, true) + ' ' + interval(vs, k.unit, true)
                + (sure ? ' *' : ''), 'delta'));
            }
            tr.appendChild(td);
          });
          table.appendChild(tr);
        });
        document.getElementById('map-note').textContent = d.noMap;
        document.body.setAttribute('data-ready', 'true');
      })();
      """;
}
