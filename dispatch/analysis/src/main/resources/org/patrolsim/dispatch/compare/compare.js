// SPDX-License-Identifier: Apache-2.0
// patrolsim compare.html: draws compare.json's numbers (the JSON above) and the two runs' maps with
// Leaflet and Apache ECharts, both inlined; nothing is requested.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('compare-data').textContent);
  var BY_KEY = {};
  D.kpis.forEach(function (k) { BY_KEY[k.key] = k; });
  var COLORS = { a: '#4575b4', b: '#d73027' };
  var DISPOSAL = {
    STREET: { label: 'street-level disposal', color: '#1f78b4' },
    HANDED_OVER: { label: 'handed over to the station', color: '#6a3d9a' },
    STATION_CALLOUT: { label: 'station call-out', color: '#e7298a' }
  };
  var OTHER = { label: 'open at the end', color: '#111111' };

  var el = PatrolsimPage.el, share = PatrolsimPage.share, value = PatrolsimPage.value,
    delta = PatrolsimPage.delta;

  function interval(k) {
    if (!k.paired || k.paired.ciLow === null) { return 'not available'; }
    return '[' + delta(k.paired.ciLow, k.unit) + ', ' + delta(k.paired.ciHigh, k.unit) + ']';
  }
  function verdictClass(k) { return k.verdict === 'better' ? 'better' : k.verdict === 'worse' ? 'worse' : ''; }
  function runWords(r) {
    return r.folder + ' (seed ' + r.seed + (r.replications > 1 ? ', ' + r.replications + ' replications' : ', one run') + ')';
  }

  document.getElementById('about').textContent = 'A: ' + runWords(D.a) + '; B: ' + runWords(D.b) + '; '
    + D.days + ' day(s) on the same map. Values of a replicated run are its replications\' means.';
  document.getElementById('pairing').textContent = 'Paired 95 % intervals: '
    + (D.paired.available ? D.paired.why : 'not available: ' + D.paired.why) + '.';

  // headline cards
  var cards = document.getElementById('cards');
  D.headline.forEach(function (key) {
    var k = BY_KEY[key];
    var card = el('div', { 'class': 'card', 'data-kpi': key });
    card.appendChild(el('div', { 'class': 'label' }, k.label));
    card.appendChild(el('div', { 'class': 'delta ' + verdictClass(k), 'data-value': String(k.delta) }, delta(k.delta, k.unit)));
    card.appendChild(el('div', { 'class': 'ab' }, 'A ' + value(k.a, k.unit) + ' \u2192 B ' + value(k.b, k.unit)));
    card.appendChild(el('div', { 'class': 'interval' },
      'B - A 95 % interval: ' + interval(k) + (k.paired ? '; ' + k.verdict : '')));
    cards.appendChild(card);
  });

  // every KPI
  var body = document.querySelector('#kpi-table tbody');
  D.kpis.forEach(function (k) {
    var tr = el('tr', { 'data-kpi': k.key });
    var label = el('td', { 'class': 'label' }, k.label + ' ');
    label.appendChild(el('small', {}, k.key));
    tr.appendChild(label);
    tr.appendChild(el('td', {}, k.unit));
    tr.appendChild(el('td', {}, k.better));
    tr.appendChild(el('td', { 'class': 'a', 'data-value': String(k.a) }, value(k.a, k.unit)));
    tr.appendChild(el('td', { 'class': 'b', 'data-value': String(k.b) }, value(k.b, k.unit)));
    tr.appendChild(el('td', { 'class': 'delta ' + verdictClass(k), 'data-value': String(k.delta) }, delta(k.delta, k.unit)));
    tr.appendChild(el('td', { 'class': 'interval' }, interval(k)));
    tr.appendChild(el('td', { 'class': 'verdict ' + verdictClass(k) }, k.paired ? k.verdict : ''));
    body.appendChild(tr);
  });

  // the two maps, side by side, moving together
  var marks = {};
  var maps = {};
  var bounds = L.latLngBounds([]);
  ['a', 'b'].forEach(function (side) {
    var m = D.maps[side];
    m.points.forEach(function (p) { bounds.extend([p[0], p[1]]); });
    m.stations.features.forEach(function (f) { bounds.extend([f.geometry.coordinates[1], f.geometry.coordinates[0]]); });
  });
  var legendSeen = {};
  ['a', 'b'].forEach(function (side) {
    var m = D.maps[side];
    var map = L.map('map-' + side, { preferCanvas: true, zoomSnap: 0.25, attributionControl: false });
    maps[side] = map;
    L.geoJSON(m.beats, { style: { color: '#888', weight: 1, fill: false, opacity: 0.7 } }).addTo(map);
    var renderer = L.canvas({ padding: 0.2 });
    var count = 0;
    m.points.forEach(function (p) {
      var d = DISPOSAL[m.disposals[p[2]]] || OTHER;
      legendSeen[d.label] = d.color;
      L.circleMarker([p[0], p[1]], { radius: 2.5, weight: 0, fillColor: d.color, fillOpacity: 0.85, renderer: renderer })
        .addTo(map);
      count++;
    });
    marks[side] = count;
    L.geoJSON(m.stations, {
      pointToLayer: function (f, latlng) {
        return L.circleMarker(latlng, { radius: 6, color: '#000', weight: 1.5, fillColor: '#ffd92f', fillOpacity: 1 })
          .bindTooltip(f.properties.id + ': ' + f.properties.callOuts + ' call-outs');
      }
    }).addTo(map);
    document.getElementById('map-' + side + '-title').textContent = side.toUpperCase() + ': ' + D[side].folder + ', '
      + count + ' incidents, ' + m.stations.features.length + ' stations, ' + m.beats.features.length + ' car beats'
      + (D[side].replications > 1 ? ' (replication 0 of ' + D[side].replications + ')' : '');
    map.fitBounds(bounds);
  });
  var syncing = false;
  function follow(from, to) {
    maps[from].on('move', function () {
      if (syncing) { return; }
      syncing = true;
      maps[to].setView(maps[from].getCenter(), maps[from].getZoom(), { animate: false });
      syncing = false;
    });
  }
  follow('a', 'b');
  follow('b', 'a');
  var legend = document.getElementById('legend');
  legend.appendChild(document.createTextNode('Incidents:'));
  Object.keys(legendSeen).forEach(function (label) {
    var s = el('span', { 'class': 'swatch' });
    s.style.background = legendSeen[label];
    legend.appendChild(s);
    legend.appendChild(document.createTextNode(label));
  });
  var st = el('span', { 'class': 'swatch' });
  st.style.background = '#ffd92f';
  st.style.border = '1px solid #000';
  legend.appendChild(st);
  legend.appendChild(document.createTextNode('station; grey outlines: the cars\' beats. Moving one map moves the other.'));

  // the charts, A and B overlaid
  function bars(id, title, unitName, keys, names, scale) {
    echarts.init(document.getElementById(id)).setOption({
      animation: false,
      title: { text: title, textStyle: { fontSize: 14 } },
      legend: { data: ['A', 'B'], right: 10 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 60, right: 20, top: 50, bottom: names.length > 5 ? 110 : 60 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 8 ? 45 : names.length > 5 ? 20 : 0 } },
      yAxis: { type: 'value', name: unitName },
      series: ['a', 'b'].map(function (side) {
        return { name: side.toUpperCase(), type: 'bar', itemStyle: { color: COLORS[side] },
          data: keys.map(function (v) { var x = typeof v === 'function' ? v(side) : BY_KEY[v][side]; return x === null ? null : x * scale; }) };
      })
    });
  }
  var response = [];
  var responseNames = [];
  ['urgent', 'normal', 'low'].forEach(function (p) {
    ['mean', 'p90'].forEach(function (s) {
      response.push('firstArrivalSeconds.' + p + '.' + s);
      responseNames.push(p + ' ' + s);
    });
  });
  bars('chart-response', 'First arrival by priority (s)', 'seconds', response, responseNames, 1);
  var shares = ['streetDisposalShare', 'availabilityLoss', 'responseLoss', 'urgentFirstArrivalWithinTargetShare',
    'urgentCoverWithinTargetShare', 'coverage.meanShareWithinTarget', 'coverage.demandWithinTargetShare', 'vehicles.utilization'];
  bars('chart-shares', 'Shares (%)', '%', shares, shares.map(function (k) { return BY_KEY[k].label; }), 100);
  bars('chart-stations', 'Station call-outs' + (D.a.replications > 1 || D.b.replications > 1 ? ' (a replicated run: its mean)' : ''),
    'call-outs', D.stationCallOuts.map(function (s) { return function (side) { return s[side]; }; }),
    D.stationCallOuts.map(function (s) { return s.id; }), 1);

  window.patrolsimCompare = { marks: marks, stations: { a: D.maps.a.stations.features.length, b: D.maps.b.stations.features.length } };
  document.body.setAttribute('data-ready', 'true');
})();
