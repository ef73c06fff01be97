// SPDX-License-Identifier: Apache-2.0
// patrolsim report.html: draws the run's data (the JSON above) with Leaflet and Apache ECharts.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('run-data').textContent);
  var INC = D.incidents;
  var COL = {};
  INC.columns.forEach(function (c, i) { COL[c] = i; });
  // incidents' colours keep clear of the coverage ramp's reds, yellows and greens (blue, purple, magenta,
  // black), so that no dot vanishes on the road beneath it
  var DISPOSAL = {
    STREET: { label: 'street-level disposal', color: '#1f78b4' },
    HANDED_OVER: { label: 'handed over to the station', color: '#6a3d9a' },
    STATION_CALLOUT: { label: 'station call-out', color: '#e7298a' },
    OPEN: { label: 'open at the end', color: '#111111' }
  };
  var COVERAGE_COLORS = ['#a50026', '#d73027', '#f46d43', '#fdae61', '#fee08b', '#d9ef8b', '#a6d96a', '#66bd63',
    '#1a9850', '#006837'];
  // the call-out heatmap's classes: whole numbers, each bound closed (gte/lte: ECharts reads a lone min as
  // an open bound, which left days of exactly 6 blank)
  var CALLOUT_PIECES = [
    { gte: 0, lte: 0, label: '0 (zero call-out day)', color: '#d9f0d3' },
    { gte: 1, lte: 2, label: '1 to 2', color: '#fdd49e' },
    { gte: 3, lte: 5, label: '3 to 5', color: '#fc8d59' },
    { gte: 6, label: '6 or more', color: '#d7301f' }];
  // the hexagons' classes, light to dark (ColorBrewer Purples): darker is more calls or call-outs, a lower
  // street share, a slower urgent p90
  var HEX_COLORS = ['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'];
  var HEX_MEASURES = {
    calls: { label: 'calls', value: function (p) { return p.calls; }, text: function (v) { return String(v); } },
    streetShare: { label: 'street-level disposal share (darker: lower)', value: function (p) { return p.streetShare; },
      text: function (v) { return (v * 100).toFixed(1) + ' %'; } },
    stationCallOuts: { label: 'incidents settled by a station call-out', value: function (p) { return p.stationCallOuts; },
      text: function (v) { return String(v); } },
    urgentP90OverTarget: { label: 'urgent first arrival p90 against the target', value: function (p) { return p.urgentP90OverTarget; },
      text: function (v) { return v.toFixed(2) + ' \u00d7 target'; } }
  };
  var STATE_COLORS = ['#66bd63', '#f99d59', '#c23b3b', '#5b8fd1', '#9e7fc2'];

  // ---- formatting -------------------------------------------------------------------------------------
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'cls') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  /** Seconds since the start with milliseconds, exactly as incidents.csv writes them. */
  function secs(ms) {
    if (ms === null || ms < 0) { return ''; }
    var r = ms % 1000;
    return Math.floor(ms / 1000) + '.' + (r < 10 ? '00' : r < 100 ? '0' : '') + r;
  }
  /** Day (from 1) and clock time of a time in ms since the start. */
  function clock(ms) {
    if (ms === null || ms < 0) { return ''; }
    var s = Math.floor(ms / 1000);
    var d = Math.floor(s / 86400);
    s -= d * 86400;
    return 'day ' + (d + 1) + ' ' + pad(Math.floor(s / 3600)) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60);
  }
  function num(v, digits) { return v === null || v === undefined ? '-' : Number(v).toFixed(digits); }
  function unit(i) { return i === null || i < 0 ? '' : INC.units[i]; }
  function station(i) { return i === null || i < 0 ? '' : INC.stations[i]; }
  function disposalOf(row) { return INC.disposals[row[COL.disposal]]; }

  // ---- header, notes, KPI cards and tables ---------------------------------------------------------------
  function header() {
    var r = D.run;
    document.getElementById('run-line').textContent = r.scenario + ' \u00b7 policy ' + r.policy + ' \u00b7 seed ' + r.seed +
      ' \u00b7 ' + r.days + (r.days === 1 ? ' day' : ' days') + ' of calls \u00b7 ' + r.vehicles + ' patrol cars \u00b7 ' +
      r.stations + ' police stations \u00b7 ' + INC.total + ' incidents';
    document.getElementById('footer').textContent = 'Written by patrolsim from the run\u2019s event stream. The same run ' +
      'gives the same file. Map and charts: ' + r.libraries.join(', ') + ', inlined. The full records are in ' +
      'incidents.csv, decisions.jsonl and the GeoJSON files beside this page.';
    var notes = document.getElementById('notes');
    if (r.replications > 1) {
      notes.appendChild(el('div', { cls: 'note replicated', text: 'A replicated run: ' + r.replications +
        ' replications. Each KPI card leads with the mean of the ' + r.replications + ' replications and its 95 % ' +
        'interval (as in summary.json and replications.csv); beneath it, in small print, replication 0 (seed ' + r.seed +
        ', the run of the scenario\u2019s seed). The station table gives each station\u2019s call-outs and zero ' +
        'call-out days as means with intervals. Everything else (the response table, the map, the charts and the ' +
        'incident explorer) shows replication 0 only, and says so.' }));
      document.getElementById('response-hint').textContent = 'seconds from the call; replication 0 (seed ' + r.seed + ')';
      Array.prototype.forEach.call(document.querySelectorAll('h2'), function (h) {
        h.appendChild(el('span', { cls: 'hint', text: ' replication 0 of ' + r.replications }));
      });
    }
    if (INC.total >= D.map.hexagonsByDefaultFrom) {
      notes.appendChild(el('div', { cls: 'note', text: 'This run has ' + INC.total + ' incidents (' +
        D.map.hexagonsByDefaultFrom + ' or more): the map opens with them counted in hexagons, coloured by the ' +
        'measure chosen beside the map. Switch \u201cIncidents\u201d on in the layer list for the dots (the filters ' +
        'apply to both); hexagons.geojson has the same hexagons.' }));
    }
    if (INC.shownEvery > 1) {
      notes.appendChild(el('div', { cls: 'note', text: 'This run has ' + INC.total + ' incidents: the map and the ' +
        'incident explorer show every ' + INC.shownEvery + '-th (' + INC.rows.length + ', by id) to keep the page ' +
        'quick. KPIs and charts count all ' + INC.total + '; incidents.csv and incidents.geojson have every one.' }));
    }
  }

  function kpis() {
    var box = document.getElementById('kpi-cards');
    D.kpis.forEach(function (k) {
      box.appendChild(el('div', { cls: 'card', 'data-kpi': k.key, 'data-better': k.tone }, [
        el('div', { cls: 'label', text: k.label }),
        el('div', { cls: 'value', text: k.value }),
        k.interval ? el('div', { cls: 'interval', text: k.interval }) : null,
        k.interval ? el('div', { cls: 'single', text: 'replication 0 (seed ' + D.run.seed + '): ' + k.single }) : null,
        el('div', { cls: 'detail', text: k.detail })
      ]));
    });
    var s = D.summary;
    var rt = document.getElementById('response-table');
    rt.appendChild(row('th', ['priority', 'calls reached', 'first arrival mean', 'p50', 'p90', 'cover mean', 'p90',
      'call to dispatch p50']));
    INC.priorities.forEach(function (p) {
      var f = s.firstArrivalSeconds[p], c = s.coverSeconds[p], d = s.callToDispatchSeconds[p];
      rt.appendChild(row('td', [p, f.count, num(f.mean, 0), num(f.p50, 0), num(f.p90, 0), num(c.mean, 0), num(c.p90, 0),
        num(d.p50, 0)]));
    });
    var rings = s.ringsFromDispatchShare;
    document.getElementById('rings').textContent = 'The \u201c1-3-5 minute\u201d rings, from the dispatch order: ' +
      ['1', '3', '5'].map(function (m) { return num(rings[m] * 100, 1) + ' %'; }).join(' / ') +
      ' of all calls (first unit on scene within 1 and 3 minutes, every unit needed within 5).';
    var st = document.getElementById('station-table');
    if (D.stationIntervals.length) {
      stationsReplicated(st, s);
      return;
    }
    st.appendChild(row('th', ['station', 'call-outs', 'per day', 'zero call-out days', 'disposed of', 'hand-overs']));
    s.stations.forEach(function (x) {
      var tr = row('td', [x.id, x.callOuts, num(x.callOuts / D.run.days, 1), x.zeroCallOutDays + ' of ' + D.run.days,
        x.stationDisposed, x.handOvers]);
      if (x.zeroCallOutDays > 0) { tr.children[3].className = 'zero'; }
      st.appendChild(tr);
    });
    if (s.replay) { replayRows(s.replay); }
  }
  /** A replay's rows: how many were replayed and how many were left out for each reason (summary.json's replay). */
  function replayRows(r) {
    var words = { noCoordinates: 'no coordinates', offMap: 'off the map', farFromRoad: 'far from a road',
      badValue: 'bad value', outsideWindow: 'outside the window (from/to)',
      repeatedId: 'repeated id (' + (r.repeatedIds || '') + ')', afterLastDay: 'after the last day' };
    var t = document.getElementById('replay-table');
    t.appendChild(row('th', ['rows', 'count']));
    t.appendChild(row('td', ['replayed', r.replayed]));
    Object.keys(r.leftOut).forEach(function (k) {
      if (r.leftOut[k] > 0) { t.appendChild(row('td', ['left out: ' + (words[k] || k), r.leftOut[k]])); }
    });
    t.appendChild(row('td', ['in the file', r.records]));
    var m = document.getElementById('mapping-table');
    m.appendChild(row('th', ['category', 'type', 'priority', 'by', 'rows']));
    (r.mapping || []).forEach(function (x) {
      m.appendChild(row('td', [x.category === null ? '(no type column)' : x.category, x.type, x.priority, x.how, x.rows]));
    });
    var w = document.getElementById('mapping-warnings');
    (r.warnings || []).forEach(function (text) { w.appendChild(el('li', { text: 'warning: ' + text })); });
    document.getElementById('replay-panel').hidden = false;
  }
  /** The station table of a replicated run: means [95 % interval], then replication 0's disposals and hand-overs. */
  function stationsReplicated(st, s) {
    var n = D.run.replications;
    document.getElementById('station-hint').textContent = 'call-outs and zero call-out days: mean of ' + n +
      ' replications [95 % interval]; disposals and hand-overs: replication 0';
    st.appendChild(row('th', ['station', 'call-outs', 'per day', 'zero call-out days', 'disposed of (rep. 0)',
      'hand-overs (rep. 0)']));
    D.stationIntervals.forEach(function (x, i) {
      var one = s.stations[i];
      var tr = row('td', [x.id, x.callOuts, x.callOutsPerDay, x.zeroCallOutDays, one.stationDisposed, one.handOvers]);
      tr.setAttribute('data-station', x.id);
      st.appendChild(tr);
    });
  }
  function row(cell, values) {
    return el('tr', {}, values.map(function (v) { return el(cell, { text: String(v) }); }));
  }

  // ---- the map ---------------------------------------------------------------------------------------------
  function coverageClass(share) { return Math.min(9, Math.floor(share * 10)); }
  // patrol minutes per day on a segment: none, under 5, 15, 30, 60, 120, and more
  var PRESENCE_BOUNDS = [0, 5, 15, 30, 60, 120];
  var PRESENCE_COLORS = ['#f7f4f9', '#d4b9da', '#c994c7', '#df65b0', '#e7298a', '#ce1256', '#67001f'];
  function presenceClass(minutes) {
    var c = 0;
    while (c < PRESENCE_BOUNDS.length && minutes > PRESENCE_BOUNDS[c]) { c++; }
    return c;
  }

  function buildMap(onSelect) {
    var b = D.map.bounds;
    var map = L.map('map', { preferCanvas: true, zoomSnap: 0.25, attributionControl: false });
    var roomForLegend = document.getElementById('map').clientWidth >= 1000 ? 250 : 16;
    map.fitBounds(b, { paddingTopLeft: [16, 16], paddingBottomRight: [roomForLegend, 16] });
    [['roads', 350], ['coverage', 360], ['presence', 365], ['areas', 380], ['hexagons', 400], ['incidents', 420], ['stations', 440]].forEach(function (p) {
      map.createPane(p[0]).style.zIndex = p[1];
    });
    // canvases for the many roads and incidents; SVG for the few stations on top, whose empty area lets
    // clicks through to the incidents (report.css); areas are drawn but not interactive
    var renderers = {};
    ['roads', 'coverage', 'presence', 'areas', 'hexagons', 'incidents'].forEach(function (p) { renderers[p] = L.canvas({ pane: p }); });
    renderers.stations = L.svg({ pane: 'stations' });

    // roads: one multi-polyline for the network, and one per coverage class (ten classes of 10 %)
    // patrol presence is absent when the run did not measure it (report.presence: false)
    var roads = D.map.roads, scale = roads.scale, all = [], classes = [], presence = [], measured = !!roads.patrolMinutesPerDay;
    for (var c = 0; c < 10; c++) { classes.push([]); }
    for (var q = 0; q < PRESENCE_COLORS.length; q++) { presence.push([]); }
    roads.lines.forEach(function (line, i) {
      var pts = [], lon = 0, lat = 0;
      for (var k = 0; k < line.length; k += 2) {
        lon += line[k]; lat += line[k + 1];
        pts.push([lat / scale, lon / scale]);
      }
      all.push(pts);
      classes[coverageClass(roads.coveredShare[i])].push(pts);
      if (measured) { presence[presenceClass(roads.patrolMinutesPerDay[i])].push(pts); }
    });
    var roadLayer = L.polyline(all, { color: '#8d96a0', weight: 1, opacity: 0.8, interactive: false, renderer: renderers.roads });
    var coverageLayer = L.layerGroup(classes.map(function (lines, c) {
      return L.polyline(lines, { color: COVERAGE_COLORS[c], weight: 2, opacity: 0.9, interactive: false,
        renderer: renderers.coverage });
    }));
    var presenceLayer = L.layerGroup(presence.map(function (lines, c) {
      return L.polyline(lines, { color: PRESENCE_COLORS[c], weight: c === 0 ? 1 : 3, opacity: 0.9, interactive: false,
        renderer: renderers.presence });
    }));
    presenceLayer.classCounts = presence.map(function (lines) { return lines.length; });
    var jurisdictions = L.geoJSON(D.map.jurisdictions, {
      style: { color: '#15294a', weight: 2, dashArray: '6 4', fillColor: '#15294a', fillOpacity: 0.03,
        interactive: false, renderer: renderers.areas }
    });
    var beats = L.geoJSON(D.map.beats, {
      style: { color: '#7b3294', weight: 1, fillOpacity: 0, interactive: false, renderer: renderers.areas },
      pointToLayer: function (f, latlng) {
        return L.circleMarker(latlng, { radius: 5, color: '#7b3294', interactive: false, renderer: renderers.areas });
      }
    });
    var stations = L.geoJSON(D.map.stations, {
      pointToLayer: function (f, latlng) {
        return L.circleMarker(latlng, { radius: 7, color: '#fff', weight: 2, fillColor: '#111', fillOpacity: 1,
          renderer: renderers.stations });
      },
      onEachFeature: function (f, layer) {
        var p = f.properties;
        layer.bindTooltip('<b>' + escapeHtml(p.id) + '</b> police station and its jurisdiction<br>' + p.dutyTeams +
          ' duty teams; ' + p.callOuts + ' call-outs; ' + p.zeroCallOutDays + ' zero call-out days; ' + p.handOvers +
          ' hand-overs');
      }
    });
    var incidents = L.layerGroup();
    var marks = {};
    INC.rows.forEach(function (r) {
      var m = L.circleMarker([r[COL.lat], r[COL.lon]], { radius: 4, weight: 1, color: '#ffffff', opacity: 0.9,
        fillColor: DISPOSAL[disposalOf(r)].color, fillOpacity: 0.9, renderer: renderers.incidents });
      m.incidentId = r[COL.id];
      m.on('click', function () { onSelect(r[COL.id], 'map'); });
      marks[r[COL.id]] = m;
    });
    var hex = hexagons(renderers.hexagons);
    var overlays = {
      'Road network': roadLayer,
      'Coverage per road segment': coverageLayer,
      'Patrol minutes per day per road segment': presenceLayer,
      'Jurisdictions': jurisdictions,
      'Beats': beats,
      'Police stations': stations,
      'Incidents in hexagons': hex.layer,
      'Incidents': incidents
    };
    if (!measured) { delete overlays['Patrol minutes per day per road segment']; }
    var many = INC.total >= D.map.hexagonsByDefaultFrom;
    [roadLayer, coverageLayer, jurisdictions, stations, many ? hex.layer : incidents].forEach(function (l) { l.addTo(map); });
    // on a narrow map the layer list and the legend start folded, so that they hide little of the city
    var wide = document.getElementById('map').clientWidth >= 1000;
    L.control.layers(null, overlays, { collapsed: !wide, position: 'topright' }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    legend().addTo(map);
    var highlight = L.circleMarker([0, 0], { radius: 9, color: '#111', weight: 3, fill: false, interactive: false,
      renderer: renderers.stations });
    return {
      map: map, overlays: overlays, incidents: incidents, marks: marks, hex: hex,
      show: function (rows, all) {
        incidents.clearLayers();
        rows.forEach(function (r) { incidents.addLayer(marks[r[COL.id]]); });
        hex.show(rows, all);
      },
      highlight: function (r, pan) {
        highlight.setLatLng([r[COL.lat], r[COL.lon]]);
        if (!map.hasLayer(highlight)) { highlight.addTo(map); }
        if (pan) { map.panTo([r[COL.lat], r[COL.lon]]); }
      }
    };
  }

  /**
   * The incidents binned in hexagons (hexagons.geojson), coloured by the measure chosen beside the map;
   * a hexagon's tooltip gives all its figures. With a filter set, the hexagons count the incidents it
   * keeps (each row names its hexagon), with the figures hexagons.geojson gives for all of them.
   */
  function hexagons(renderer) {
    var H = D.map.hexagons, select = document.getElementById('hex-measure'), key = select.value;
    var features = H.features, filtered = false;
    var max = function (k) {
      return features.reduce(function (m, f) { var v = HEX_MEASURES[k].value(f.properties); return v > m ? v : m; }, 0);
    };
    function klass(v) {
      if (v === null || v === undefined) { return -1; }
      if (key === 'streetShare') { return Math.min(6, Math.floor((1 - v) * 7)); }
      if (key === 'urgentP90OverTarget') { return Math.max(0, Math.min(6, Math.floor((v - 0.5) / 0.25))); }
      var m = max(key);
      return m === 0 ? 0 : Math.min(6, Math.floor(v / m * 7));
    }
    function style(f) {
      var c = klass(HEX_MEASURES[key].value(f.properties));
      return { color: '#4a1486', weight: 0.6, opacity: 0.7, fillColor: c < 0 ? '#ffffff' : HEX_COLORS[c],
        fillOpacity: c < 0 ? 0.2 : 0.75, renderer: renderer };
    }
    var layer = L.geoJSON(null, {
      style: style,
      onEachFeature: function (f, l) {
        var p = f.properties;
        l.bindTooltip('<b>' + p.calls + ' calls</b> in this ' + H.patrolsim.radiusMetres + ' m hexagon<br>street-level ' +
          'disposal ' + p.streetDisposed + ' (' + (p.streetShare * 100).toFixed(1) + ' %)<br>settled by a station call-out ' +
          p.stationCallOuts + '<br>urgent calls ' + p.urgentCalls + (p.urgentFirstArrivalP90S === null ? '' : '; first arrival p90 ' +
          p.urgentFirstArrivalP90S.toFixed(0) + ' s (' + p.urgentP90OverTarget.toFixed(2) + ' \u00d7 target)'));
      }
    });
    function ticks() {
      if (key === 'streetShare') { return ['100 %', '0 %']; }
      if (key === 'urgentP90OverTarget') { return ['\u2264 0.75\u00d7', '1\u00d7 target', '\u2265 2\u00d7']; }
      return ['0', String(max(key))];
    }
    var note = document.getElementById('hex-note');
    function redraw() {
      key = select.value;
      layer.setStyle(style);
      note.textContent = '';
      note.appendChild(el('div', { cls: 'ramp' }, HEX_COLORS.map(function (c) { return el('span', { style: 'background:' + c }); })));
      note.appendChild(el('div', { cls: 'ticks' }, ticks().map(function (t) { return el('span', { text: t }); })));
      note.appendChild(el('div', { text: features.length + ' hexagons of ' + H.patrolsim.radiusMetres + ' m (centre to corner), ' +
        HEX_MEASURES[key].label + (filtered ? ', of the incidents the filters keep' +
        (INC.shownEvery > 1 ? ' (of every ' + INC.shownEvery + '-th incident)' : '') : '') + '; hover for every figure.' }));
    }
    /** The hexagons of the incidents in {@code rows}: all of hexagons.geojson's when no filter is set. */
    function show(rows, all) {
      if (all && !filtered && layer.getLayers().length) { return; }
      filtered = !all;
      features = all ? H.features : counted(rows);
      layer.clearLayers();
      layer.addData({ type: 'FeatureCollection', features: features });
      redraw();
    }
    /** Each hexagon's figures over {@code rows}, as hexagons.geojson computes them (HexagonsGeoJson). */
    function counted(rows) {
      var t = {}, urgent = INC.priorities.indexOf('urgent');
      rows.forEach(function (r) {
        var c = t[r[COL.hex]] || (t[r[COL.hex]] = { calls: 0, street: 0, callOuts: 0, urgent: 0, reached: [] });
        var d = disposalOf(r);
        c.calls++;
        c.street += d === 'STREET' ? 1 : 0;
        c.callOuts += d === 'STATION_CALLOUT' ? 1 : 0;
        if (r[COL.priority] === urgent) {
          c.urgent++;
          if (r[COL.firstArrivalMs] >= 0) { c.reached.push((r[COL.firstArrivalMs] - r[COL.callMs]) / 1000); }
        }
      });
      var target = H.patrolsim.urgentTargetSeconds;
      var out = [];
      H.features.forEach(function (f, i) {
        var c = t[i];
        if (!c) { return; }
        var sorted = c.reached.sort(function (a, b) { return a - b; });
        var p90 = sorted.length ? Math.round(sorted[Math.ceil(0.9 * sorted.length) - 1] * 10) / 10 : null;
        out.push({ type: 'Feature', id: f.id, geometry: f.geometry, properties: { cell: f.properties.cell, calls: c.calls,
          streetDisposed: c.street, streetShare: Math.round(c.street * 10000 / c.calls) / 10000,
          stationCallOuts: c.callOuts, urgentCalls: c.urgent, urgentReached: sorted.length, urgentFirstArrivalP90S: p90,
          urgentP90OverTarget: p90 === null ? null : Math.round(p90 / target * 1000) / 1000 } });
      });
      return out;
    }
    select.addEventListener('change', redraw);
    show(INC.rows, true);
    return { layer: layer, show: show };
  }

  function legend() {
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var box = el('details', { cls: 'legend' });
      box.open = document.getElementById('map').clientWidth >= 1000;
      box.appendChild(el('summary', { text: 'Legend' }));
      box.appendChild(el('h4', { text: 'Incidents, by disposal' }));
      Object.keys(DISPOSAL).forEach(function (k) {
        var line = el('div', {}, [el('span', { cls: 'dot', style: 'background:' + DISPOSAL[k].color })]);
        line.appendChild(document.createTextNode(DISPOSAL[k].label));
        box.appendChild(line);
      });
      box.appendChild(el('h4', { text: 'Coverage: share of time within ' + num(D.run.coverageTargetSeconds / 60, 0) +
        ' min of a free unit', title: 'from the call, of a free unit the policy would send', style: 'margin-top:8px' }));
      box.appendChild(el('div', { cls: 'ramp' }, COVERAGE_COLORS.map(function (c) {
        return el('span', { style: 'background:' + c });
      })));
      box.appendChild(el('div', { cls: 'ticks' }, ['0 %', '50 %', '100 %'].map(function (t) { return el('span', { text: t }); })));
      if (D.map.roads.patrolMinutesPerDay) {
        box.appendChild(el('h4', { text: 'Patrol minutes per day (layer)', title: 'free patrol cars driving along or stopped on the segment',
          style: 'margin-top:8px' }));
        box.appendChild(el('div', { cls: 'ramp' }, PRESENCE_COLORS.map(function (c) {
          return el('span', { style: 'background:' + c });
        })));
        box.appendChild(el('div', { cls: 'ticks' }, ['0', '30', '120+'].map(function (t) { return el('span', { text: t }); })));
      }
      var j = el('div', { style: 'margin-top:6px' }, [el('span', { cls: 'line', style: 'border-top:2px dashed #15294a' })]);
      j.appendChild(document.createTextNode('jurisdiction'));
      box.appendChild(j);
      var bt = el('div', {}, [el('span', { cls: 'line', style: 'border-top:1px solid #7b3294' })]);
      bt.appendChild(document.createTextNode('beat'));
      box.appendChild(bt);
      var s = el('div', {}, [el('span', { cls: 'dot', style: 'background:#111;border:2px solid #fff;box-shadow:0 0 0 1px #111' })]);
      s.appendChild(document.createTextNode('police station'));
      box.appendChild(s);
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    return control;
  }

  function escapeHtml(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  // ---- filters -------------------------------------------------------------------------------------------
  function options(id, values, labels) {
    var sel = document.getElementById(id);
    values.forEach(function (v, i) { sel.appendChild(el('option', { value: String(v), text: labels ? labels[i] : String(v) })); });
    return sel;
  }

  function filters(onChange) {
    options('filter-type', ['all'].concat(INC.types.map(function (t, i) { return i; })), ['all types'].concat(INC.types));
    options('filter-priority', ['all'].concat(INC.priorities.map(function (p, i) { return i; })),
      ['all priorities'].concat(INC.priorities));
    options('filter-disposal', ['all'].concat(INC.disposals.map(function (p, i) { return i; })),
      ['all disposals'].concat(INC.disposals.map(function (d) { return DISPOSAL[d].label; })));
    var hours = [];
    for (var h = 0; h < 24; h++) { hours.push(h); }
    options('filter-hour-from', hours, hours.map(function (x) { return pad(x) + ':00'; }));
    options('filter-hour-to', hours, hours.map(function (x) { return pad(x) + ':59'; })).value = '23';
    ['filter-type', 'filter-priority', 'filter-disposal', 'filter-hour-from', 'filter-hour-to'].forEach(function (id) {
      document.getElementById(id).addEventListener('change', onChange);
    });
    return function matches(r) {
      var t = document.getElementById('filter-type').value, p = document.getElementById('filter-priority').value;
      var d = document.getElementById('filter-disposal').value;
      var from = +document.getElementById('filter-hour-from').value, to = +document.getElementById('filter-hour-to').value;
      var hour = Math.floor(r[COL.callMs] / 3600000) % 24;
      var inHours = from <= to ? hour >= from && hour <= to : hour >= from || hour <= to;
      return (t === 'all' || r[COL.type] === +t) && (p === 'all' || r[COL.priority] === +p) &&
        (d === 'all' || r[COL.disposal] === +d) && inHours;
    };
  }

  // ---- the incident explorer ----------------------------------------------------------------------------
  function explorer(mapView) {
    var PAGE = 50, page = 0, shown = INC.rows, selected = null;
    var byId = {};
    INC.rows.forEach(function (r) { byId[r[COL.id]] = r; });
    var head = document.querySelector('#incident-table thead');
    head.appendChild(row('th', ['id', 'call', 'type', 'priority', 'station', 'disposal', 'first unit', 'first arrival (s after call)']));
    var body = document.querySelector('#incident-table tbody');
    var search = document.getElementById('search');
    var matches = filters(refresh);
    search.addEventListener('input', function () { page = 0; drawTable(); });
    document.getElementById('page-prev').addEventListener('click', function () { page = Math.max(0, page - 1); drawTable(); });
    document.getElementById('page-next').addEventListener('click', function () { page += 1; drawTable(); });

    function text(r) {
      return [r[COL.id], INC.types[r[COL.type]], station(r[COL.station]), unit(r[COL.firstUnit]), unit(r[COL.lastUnit]),
        unit(r[COL.backupUnit]), unit(r[COL.clearedBy]), disposalOf(r)].join(' ').toLowerCase();
    }
    function refresh() {
      shown = INC.rows.filter(matches);
      mapView.show(shown, shown.length === INC.rows.length);
      document.getElementById('shown-count').textContent = 'Showing ' + shown.length + ' of ' + INC.rows.length +
        ' incidents' + (INC.shownEvery > 1 ? ' (every ' + INC.shownEvery + '-th of ' + INC.total + ')' : '');
      page = 0;
      drawTable();
    }
    function drawTable() {
      var q = search.value.trim().toLowerCase();
      var rows = q ? shown.filter(function (r) { return text(r).indexOf(q) >= 0; }) : shown;
      var pages = Math.max(1, Math.ceil(rows.length / PAGE));
      page = Math.min(page, pages - 1);
      body.textContent = '';
      rows.slice(page * PAGE, (page + 1) * PAGE).forEach(function (r) {
        var after = r[COL.firstArrivalMs] >= 0 ? ((r[COL.firstArrivalMs] - r[COL.callMs]) / 1000).toFixed(0) : '-';
        var tr = row('td', [r[COL.id], clock(r[COL.callMs]), INC.types[r[COL.type]], INC.priorities[r[COL.priority]],
          station(r[COL.station]), DISPOSAL[disposalOf(r)].label, unit(r[COL.firstUnit]), after]);
        tr.setAttribute('data-incident', r[COL.id]);
        if (r[COL.id] === selected) { tr.className = 'selected'; }
        tr.addEventListener('click', function () { select(r[COL.id], 'table'); });
        body.appendChild(tr);
      });
      document.getElementById('page-info').textContent = rows.length + ' incidents, page ' + (page + 1) + ' of ' + pages;
    }
    function select(id, from) {
      var r = byId[id];
      if (!r) { return; }
      selected = id;
      Array.prototype.forEach.call(body.querySelectorAll('tr'), function (tr) {
        tr.className = +tr.getAttribute('data-incident') === id ? 'selected' : '';
      });
      detail(r);
      mapView.highlight(r, from === 'table');
    }
    refresh();
    return { select: select, shown: function () { return shown.length; } };
  }

  function detail(r) {
    var box = document.getElementById('incident-detail');
    box.textContent = '';
    var disp = disposalOf(r);
    var h = el('h3', { text: 'Incident ' + r[COL.id] + ': ' + INC.types[r[COL.type]] + ' (' + INC.priorities[r[COL.priority]] + ')' },
      [el('span', { cls: 'tag', style: 'background:' + DISPOSAL[disp].color, text: DISPOSAL[disp].label })]);
    h.setAttribute('data-selected', r[COL.id]);
    box.appendChild(h);
    box.appendChild(el('p', { cls: 'hint', text: 'Jurisdiction of ' + station(r[COL.station]) + '; at ' + r[COL.lat] + ', ' +
      r[COL.lon] + '. Times: seconds since the start, as in incidents.csv, and the clock.' }));
    var t = el('table', { cls: 'grid timeline' });
    t.appendChild(row('th', ['event', 'seconds', 'unit, note']));
    function line(label, field, ms, note) {
      var what = el('td', { text: label });
      if (ms !== null && ms >= 0) { what.appendChild(el('div', { cls: 'hint', text: clock(ms) })); }
      t.appendChild(el('tr', {}, [what, el('td', { cls: 't', 'data-field': field, text: secs(ms) }),
        el('td', { text: note || '' })]));
    }
    var from = r[COL.fromLat] === null ? '' : ' from ' + r[COL.fromLat].toFixed(4) + ', ' + r[COL.fromLon].toFixed(4);
    line('call received', 'callS', r[COL.callMs]);
    line('first dispatch', 'firstDispatchS', r[COL.firstDispatchMs], unit(r[COL.firstUnit]) + from);
    line('last dispatch', 'lastDispatchS', r[COL.lastDispatchMs], unit(r[COL.lastUnit]) +
      (r[COL.preemptions] > 0 ? ' (after ' + r[COL.preemptions] + ' pre-emption' + (r[COL.preemptions] > 1 ? 's' : '') + ')' : ''));
    line('first arrival', 'firstArrivalS', r[COL.firstArrivalMs], r[COL.firstArrivalMs] >= 0
      ? ((r[COL.firstArrivalMs] - r[COL.callMs]) / 1000).toFixed(0) + ' s after the call' : 'no unit arrived');
    line('covered (all units)', 'coveredS', r[COL.coveredMs], r[COL.backupUnit] >= 0 ? 'backup ' + unit(r[COL.backupUnit]) : '');
    line('cleared', 'clearS', r[COL.clearMs], r[COL.clearMs] >= 0 ? 'by ' + unit(r[COL.clearedBy]) +
      (r[COL.handedOverTo] >= 0 ? '; handed over to ' + station(r[COL.handedOverTo]) : '')
      : 'open at the end (' + r[COL.openState] + ')');
    box.appendChild(t);
    var decisions = r[COL.decisions];
    box.appendChild(el('h3', { text: 'Dispatch decisions (' + decisions.length + ')', style: 'margin-top:12px' }));
    decisions.forEach(function (d) {
      var div = el('div', { cls: 'decision' });
      div.appendChild(el('div', { text: clock(d[0]) + ' (' + secs(d[0]) + ' s): ' + d[1] + (d[2] >= 0 ? ' \u2192 ' + unit(d[2]) +
        ' (' + d[3] + ', ' + num(d[4], 0) + ' s by road)' : '') + (d[5] ? ', taken off incident ' + d[5] : '') }));
      div.appendChild(el('div', { cls: 'reason', text: 'Reason: ' + d[6] }));
      var c = d[7];
      if (c.length) {
        var ct = el('table', { cls: 'grid' });
        ct.appendChild(row('th', ['candidate weighed', 'road time (s)', 'state']));
        for (var i = 0; i < c.length; i += 3) {
          ct.appendChild(row('td', [unit(c[i]), c[i + 1] === null ? 'unreachable' : num(c[i + 1], 0), INC.words[c[i + 2]]]));
        }
        div.appendChild(ct);
      }
      box.appendChild(div);
    });
  }

  // ---- charts --------------------------------------------------------------------------------------------
  function chart(id, option) {
    var c = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
    option.animation = false;
    option.textStyle = { fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif' };
    c.setOption(option);
    return c;
  }

  function charts() {
    var C = D.charts, out = {};
    var hours = [];
    for (var h = 0; h < 24; h++) { hours.push(pad(h) + ':00'); }
    out.hourly = chart('chart-hourly', {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 56, top: 56, bottom: 30 },
      xAxis: { type: 'category', data: hours },
      yAxis: [{ type: 'value', name: C.hourly.days > 1 ? 'calls per day' : 'calls', nameGap: 12 },
        { type: 'value', name: 'street share', min: 0, max: 100, axisLabel: { formatter: '{value} %' }, splitLine: { show: false } }],
      series: [
        { name: C.hourly.days > 1 ? 'calls (mean per day)' : 'calls', type: 'bar', data: C.hourly.callsPerDay, itemStyle: { color: '#7a9cc6' } },
        { name: 'street-level disposal', type: 'line', yAxisIndex: 1, itemStyle: { color: '#1a9850' },
          data: C.hourly.streetShare.map(function (v) { return v === null ? null : +(v * 100).toFixed(1); }) }
      ]
    });
    var R = C.response, colors = { urgent: '#d73027', normal: '#4575b4', low: '#66bd63' };
    out.response = chart('chart-response', {
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + ' %'; } },
      legend: { top: 0 },
      grid: { left: 50, right: 24, top: 44, bottom: 44 },
      xAxis: { type: 'value', name: 'minutes from the call', nameLocation: 'middle', nameGap: 26, min: 0 },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
      series: R.curves.map(function (c, i) {
        return {
          name: c.name, type: 'line', step: 'end', showSymbol: false, lineStyle: { width: 2, type: i === 3 ? 'dashed' : 'solid' },
          itemStyle: { color: colors[c.priority] },
          data: c.points.map(function (p) { return [p[0], +(p[1] * 100).toFixed(2)]; }),
          markLine: i === 0 ? { symbol: 'none', silent: true, lineStyle: { color: '#111', type: 'dotted' },
            label: { formatter: 'urgent target ' + R.targetMinutes + ' min' }, data: [{ xAxis: R.targetMinutes }] } : undefined
        };
      })
    });
    var F = C.fleet, times = [];
    document.getElementById('fleet-note').textContent = 'Mean number of cars in each state per ' + F.bucketMinutes +
      '-minute interval of the call period' + (F.series[0].length * F.bucketMinutes > 72 * 60
        ? '; drag the slider below the chart to zoom in.' : '.');
    var long = F.series[0].length * F.bucketMinutes > 72 * 60;
    for (var b = 0; b < F.series[0].length; b++) { times.push(clock(b * F.bucketMinutes * 60000).slice(0, -3)); }
    out.fleet = chart('chart-fleet', {
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v + ' cars'; } },
      legend: { top: 0 },
      grid: { left: 44, right: 20, top: 44, bottom: long ? 64 : 30 },
      xAxis: { type: 'category', boundaryGap: false, data: times,
        axisLabel: long ? { formatter: function (v) { return v.replace('day ', 'd'); } } : {
          interval: function (i) { return (i * F.bucketMinutes) % 180 === 0; },
          formatter: function (v) { return v.split(' ')[2]; } } },
      yAxis: { type: 'value', minInterval: 1 },
      dataZoom: long ? [{ type: 'slider', bottom: 8 }, { type: 'inside' }] : [],
      series: F.states.map(function (s, i) {
        return { name: s, type: 'line', stack: 'cars', areaStyle: { opacity: 0.85 }, showSymbol: false, lineStyle: { width: 0.5 },
          itemStyle: { color: STATE_COLORS[i] }, data: F.series[i] };
      })
    });
    var K = C.callOuts, days = [];
    for (var d = 1; d <= K.days; d++) { days.push('day ' + d); }
    out.callOuts = chart('chart-callouts', {
      tooltip: { formatter: function (p) { return K.stations[p.value[1]] + ', ' + days[p.value[0]] + ': ' + p.value[2] + ' call-outs'; } },
      grid: { left: 90, right: 20, top: 10, bottom: 70 },
      xAxis: { type: 'category', data: days, splitArea: { show: true } },
      yAxis: { type: 'category', data: K.stations, inverse: true },
      visualMap: { type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 4, pieces: CALLOUT_PIECES },
      series: [{ name: 'call-outs', type: 'heatmap', data: K.cells, label: { show: K.days <= 31 },
        itemStyle: { borderColor: '#fff', borderWidth: 1 } }]
    });
    var P = C.presence;
    if (P) {
      out.presence = chart('chart-presence', {
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 50, right: 56, top: 56, bottom: 44 },
        xAxis: { type: 'category', name: 'hot spot (rank by expected calls)', nameLocation: 'middle', nameGap: 28,
          data: P.hotspots.map(function (h) { return '#' + h.rank; }) },
        yAxis: [{ type: 'value', name: 'per day', nameGap: 12 },
          { type: 'value', name: 'visits of 10-15 min', min: 0, max: 100, axisLabel: { formatter: '{value} %' }, splitLine: { show: false } }],
        series: [
          { name: 'patrol minutes per day', type: 'bar', itemStyle: { color: '#ce1256' },
            data: P.hotspots.map(function (h) { return h.minutesPerDay; }) },
          { name: 'visits per day', type: 'bar', itemStyle: { color: '#c994c7' },
            data: P.hotspots.map(function (h) { return h.visitsPerDay; }) },
          { name: 'visits of 10-15 min', type: 'line', yAxisIndex: 1, itemStyle: { color: '#1a9850' },
            data: P.hotspots.map(function (h) { return +(h.koperShare * 100).toFixed(1); }) }
        ]
      });
    } else {
      document.getElementById('chart-presence').parentNode.style.display = 'none';
    }
    window.addEventListener('resize', function () { Object.keys(out).forEach(function (k) { out[k].resize(); }); });
    return out;
  }

  /** Anchors land below the sticky header, whatever its height (it wraps on a narrow window). */
  function headerRoom() {
    var set = function () {
      document.documentElement.style.setProperty('--header-height', document.querySelector('header.top').offsetHeight + 'px');
    };
    set();
    window.addEventListener('resize', set);
  }

  // ---- start -----------------------------------------------------------------------------------------------
  headerRoom();
  header();
  kpis();
  var ex = null;
  var mapView = buildMap(function (id, from) { ex.select(id, from); });
  ex = explorer(mapView);
  var drawn = charts();
  window.patrolsimReport = {
    map: mapView.map, overlays: mapView.overlays, charts: drawn, select: ex.select,
    colors: { disposal: Object.keys(DISPOSAL).map(function (k) { return DISPOSAL[k].color; }), coverage: COVERAGE_COLORS },
    /** Incident marks on the map now (with the filters applied, when the layer is shown). */
    marksOnMap: function () {
      return mapView.map.hasLayer(mapView.incidents) ? mapView.incidents.getLayers().length : 0;
    },
    /** The hexagons on the map now (none when the layer is off): each one's properties and fill. */
    hexagonsOnMap: function () {
      if (!mapView.map.hasLayer(mapView.hex.layer)) { return []; }
      return mapView.hex.layer.getLayers().map(function (l) {
        return { properties: l.feature.properties, ring: l.feature.geometry.coordinates[0], fill: l.options.fillColor };
      });
    }
  };
  document.body.setAttribute('data-ready-ms', String(Math.round(performance.now())));
  document.body.setAttribute('data-ready', 'true');
}());
