// SPDX-License-Identifier: Apache-2.0
// patrolsim drill page: the plan once (GET /api/plan), then the live picture as server-sent events
// (GET /api/events): the whole picture first (also after a reconnection), then frames and changes.
// The trainer's controls carry the token from the link's fragment (#token=...), never sent otherwise.
(function () {
  'use strict';
  // car states, in the order of the server's (DispatchEvent.UnitState)
  var STATE_COLORS = ['#1a9850', '#fdae61', '#d73027', '#7b3294', '#4575b4', '#8c8c8c', '#f46d43', '#d9d9d9'];
  var PHASES = {
    handling: { label: 'call being handled', color: '#e6b800' },
    waiting: { label: 'waiting for a unit', color: '#d73027' },
    'en-route': { label: 'unit on its way', color: '#f46d43' },
    'on-scene': { label: 'unit on scene', color: '#7b3294' },
    working: { label: 'being dealt with', color: '#542788' },
    cleared: { label: 'cleared', color: '#9aa5b1' }
  };
  var SPEEDS = [1, 2, 5, 10, 30, 60, 120, 300, 600, 1200, 3600];
  var CHART_POINTS = 288;
  var DECISIONS_SHOWN = 150;
  var RECENT_MS = 6 * 3600000;

  var token = readToken();
  var plan = null;
  var view = null;
  var chart = null;
  var source = null;
  var live = { frame: null, incidents: {}, series: [], frames: 0, ended: null };
  var placing = false;

  // ---- small helpers ----------------------------------------------------------------------------------
  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'cls') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function clock(ms) {
    var s = Math.floor(ms / 1000), d = Math.floor(s / 86400);
    s -= d * 86400;
    return 'day ' + (d + 1) + ' ' + pad(Math.floor(s / 3600)) + ':' + pad(Math.floor(s / 60) % 60) + ':' + pad(s % 60);
  }
  /** A duration in whole seconds, as report.html writes them ("210 s"). */
  function duration(seconds) {
    if (seconds === null || seconds === undefined) { return '-'; }
    return Math.round(seconds) + ' s';
  }
  function percent(share) { return share === null || share === undefined ? '-' : (share * 100).toFixed(1) + ' %'; }
  function escapeHtml(s) { return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }

  function readToken() {
    var m = /(?:^#|&)token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
    if (m) {
      sessionStorage.setItem('patrolsim-drill-token', m[1]);
      history.replaceState(null, '', window.location.pathname + window.location.search);
      return m[1];
    }
    return sessionStorage.getItem('patrolsim-drill-token');
  }

  // ---- the plan and the map ------------------------------------------------------------------------------
  function start(p) {
    plan = p;
    $('run-line').textContent = p.scenario + ' \u00b7 policy ' + p.policy + ' \u00b7 seed ' + p.seed + ' \u00b7 ' + p.cars.length +
      ' patrol cars \u00b7 ' + p.stations.length + ' police stations \u00b7 calls until ' + clock(p.callHorizonMs);
    $('footer').textContent = 'patrolsim drill: the live run, from its event stream. Map and chart: ' +
      p.libraries.join(', ') + ', served by the drill itself. Every injection and control is logged; ' +
      'patrolsim run --injections replays the drill exactly.';
    view = buildMap();
    chart = echarts.init($('chart'), null, { renderer: 'canvas' });
    chart.setOption(chartOption());
    window.addEventListener('resize', function () { chart.resize(); });
    controls();
    role();
    connect();
  }

  function buildMap() {
    var map = L.map('map', { preferCanvas: true, zoomSnap: 0.25, attributionControl: false });
    map.fitBounds(plan.bounds, { padding: [12, 12] });
    [['roads', 350], ['areas', 360], ['incidents', 420], ['lines', 430], ['cars', 440], ['stations', 450]].forEach(function (p) {
      map.createPane(p[0]).style.zIndex = p[1];
    });
    var r = {};
    ['roads', 'areas', 'incidents', 'lines', 'cars'].forEach(function (p) { r[p] = L.canvas({ pane: p }); });
    r.stations = L.svg({ pane: 'stations' });
    var roads = plan.roads, scale = roads.scale, lines = [];
    roads.lines.forEach(function (line) {
      var pts = [], lon = 0, lat = 0;
      for (var k = 0; k < line.length; k += 2) {
        lon += line[k]; lat += line[k + 1];
        pts.push([lat / scale, lon / scale]);
      }
      lines.push(pts);
    });
    var roadLayer = L.polyline(lines, { color: '#9aa3ad', weight: 1, opacity: 0.85, interactive: false, renderer: r.roads }).addTo(map);
    var jurisdictions = L.geoJSON(plan.jurisdictions, { style: { color: '#15294a', weight: 1.5, dashArray: '6 4',
      fillOpacity: 0.02, interactive: false, renderer: r.areas } }).addTo(map);
    var beats = L.geoJSON(plan.beats, {
      style: { color: '#7b3294', weight: 1, fillOpacity: 0, interactive: false, renderer: r.areas },
      pointToLayer: function (f, latlng) { return L.circleMarker(latlng, { radius: 3, color: '#7b3294', interactive: false, renderer: r.areas }); }
    });
    var stations = L.layerGroup().addTo(map);
    var stationAt = {};
    plan.stations.forEach(function (s) {
      stationAt[s.id] = [s.lat, s.lon];
      L.circleMarker([s.lat, s.lon], { radius: 7, color: '#fff', weight: 2, fillColor: '#111', fillOpacity: 1, renderer: r.stations })
        .bindTooltip('<b>' + escapeHtml(s.id) + '</b> police station, ' + s.teams + ' duty teams').addTo(stations);
    });
    var incidents = L.layerGroup().addTo(map);
    var cars = L.layerGroup().addTo(map);
    var carMarks = plan.cars.map(function (name) {
      var m = L.circleMarker([0, 0], { radius: 6.5, weight: 2, color: '#15294a', fillColor: STATE_COLORS[0], fillOpacity: 1,
        renderer: r.cars });
      m.carName = name;
      m.bindTooltip(name);
      return m;
    });
    var responses = L.polyline([], { color: '#d73027', weight: 2, dashArray: '4 4', opacity: 0.9, interactive: false,
      renderer: r.lines }).addTo(map);
    var teamRuns = L.polyline([], { color: '#111', weight: 2, dashArray: '2 5', opacity: 0.8, interactive: false,
      renderer: r.lines }).addTo(map);
    L.control.layers(null, { 'Road network': roadLayer, 'Jurisdictions': jurisdictions, 'Beats': beats,
      'Police stations': stations, 'Incidents': incidents, 'Patrol cars': cars, 'Units on their way': responses },
    { collapsed: true, position: 'topright' }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    legend().addTo(map);
    map.on('click', function (e) { if (placing) { inject(e.latlng); } });
    return { map: map, incidents: incidents, cars: cars, carMarks: carMarks, marks: {}, responses: responses,
      teamRuns: teamRuns, stationAt: stationAt, renderer: r.incidents };
  }

  function legend() {
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var box = el('div', { cls: 'legend' });
      box.appendChild(el('h4', { text: 'Patrol cars' }));
      plan.carStates.forEach(function (s, i) {
        if (s !== 'turnout') {
          box.appendChild(el('div', {}, [el('span', { cls: 'dot car', style: 'background:' + STATE_COLORS[i] }), s]));
        }
      });
      box.appendChild(el('h4', { text: 'Incidents', style: 'margin-top:6px' }));
      Object.keys(PHASES).forEach(function (k) {
        box.appendChild(el('div', {}, [el('span', { cls: 'dot', style: 'background:' + PHASES[k].color }), PHASES[k].label]));
      });
      box.appendChild(el('div', {}, [el('span', { cls: 'dot', style: 'background:#fff;border:2px solid #111' }), 'injected (ringed)']));
      box.appendChild(el('div', { style: 'margin-top:6px' }, [el('span', { cls: 'dot',
        style: 'background:#111;border:2px solid #fff;box-shadow:0 0 0 1px #111' }), 'police station']));
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    return control;
  }

  // ---- the live stream -----------------------------------------------------------------------------------
  function connect() {
    source = new EventSource('/api/events');
    source.addEventListener('update', function (e) { apply(JSON.parse(e.data)); });
    source.addEventListener('ended', function (e) {
      apply(JSON.parse(e.data));
      source.close();
      setLink('ended', 'ended');
    });
    source.onopen = function () { setLink('live', ''); };
    source.onerror = function () {
      setLink(source.readyState === EventSource.CLOSED ? 'disconnected' : 'reconnecting\u2026', 'down');
    };
  }

  function setLink(text, cls) {
    $('link').textContent = text;
    $('link').className = 'badge ' + (cls || '');
  }

  function apply(m) {
    if (m.snapshot) {
      live.incidents = {};
      live.series = [];
      view.incidents.clearLayers();
      view.marks = {};
      $('decisions').textContent = '';
      $('injected').textContent = '';
    }
    m.incidents.forEach(upsertIncident);
    m.decisions.forEach(addDecision);
    if (m.series.length) {
      live.series = live.series.concat(m.series).slice(-CHART_POINTS);
      drawChart();
    }
    if (m.snapshot && m.frame && SPEEDS.indexOf(m.frame.speed) >= 0) { $('speed').value = String(m.frame.speed); }
    if (m.frame) { drawFrame(m.frame); }
    if (m.ended) { ended(m.ended); }
  }

  function upsertIncident(i) {
    live.incidents[i.id] = i;
    var mark = view.marks[i.id];
    var phase = PHASES[i.phase];
    if (!mark) {
      mark = L.circleMarker([i.lat, i.lon], { radius: i.injection ? 8 : 5, renderer: view.renderer });
      view.marks[i.id] = mark;
      mark.addTo(view.incidents);
    }
    mark.setStyle({ fillColor: phase.color, fillOpacity: i.phase === 'cleared' ? 0.55 : 0.95,
      color: i.injection ? '#111' : '#fff', weight: i.injection ? 3 : 1 });
    mark.bindTooltip('<b>Incident ' + i.id + '</b>' + (i.injection ? ' (injected #' + i.injection + ')' : '') + '<br>' +
      escapeHtml(i.type) + ', ' + i.priority + '<br>' + phase.label + (i.units.length ? ': ' + escapeHtml(i.units.join(', ')) : '') +
      '<br>called ' + clock(i.callMs) + (i.firstArrivalMs >= 0 ? '; first unit after ' + duration((i.firstArrivalMs - i.callMs) / 1000) : '') +
      (i.disposal ? '<br>' + i.disposal.toLowerCase().replace('_', ' ') : ''));
    if (i.injection) { injectedLine(i); }
  }

  function injectedLine(i) {
    var li = document.querySelector('#injected li[data-injection="' + i.injection + '"]');
    if (!li) {
      li = el('li', { 'data-injection': String(i.injection) });
      $('injected').insertBefore(li, $('injected').firstChild);
    }
    li.setAttribute('data-incident', String(i.id));
    li.setAttribute('data-phase', i.phase);
    li.textContent = '';
    li.appendChild(el('span', { cls: 't', text: '#' + i.injection + ' ' + clock(i.callMs) + ' ' }));
    li.appendChild(document.createTextNode('incident ' + i.id + ' ' + i.type + ' '));
    li.appendChild(el('span', { cls: 'phase', style: 'background:' + PHASES[i.phase].color, text: PHASES[i.phase].label }));
    if (i.units.length) { li.appendChild(document.createTextNode(' ' + i.units.join(', '))); }
  }

  function addDecision(d) {
    var what = d.action === 'wait' ? 'waits: no unit sent' : (d.action === 'patrol' ? '\u2192 ' : '\u2192 station team ') +
      d.unit + ' (' + d.role + (d.roadSeconds !== null ? ', ' + duration(d.roadSeconds) + ' by road' : '') + ')' +
      (d.preempted ? ', taken off incident ' + d.preempted : '');
    var li = el('li', { 'data-seq': String(d.seq) }, [el('span', { cls: 't', text: clock(d.timeMs) + ' ' }),
      'incident ' + d.incident + ' ' + what + ' ', el('span', { cls: 'reason', text: d.reason })]);
    var list = $('decisions');
    list.insertBefore(li, list.firstChild);
    while (list.children.length > DECISIONS_SHOWN) { list.removeChild(list.lastChild); }
  }

  function drawFrame(f) {
    live.frame = f;
    live.frames++;
    $('clock').textContent = clock(f.simMs);
    $('pace').textContent = f.speed + ' \u00d7';
    var going = f.state === 'running' || f.state === 'paused';
    var state = going && f.paused ? 'paused' : going ? 'running' : f.state;
    $('run-state').textContent = state;
    $('run-state').className = 'badge ' + state;
    var cars = f.cars, runs = [];
    view.carMarks.forEach(function (m, i) {
      var lat = cars[4 * i] / 100000, lon = cars[4 * i + 1] / 100000, st = cars[4 * i + 2], inc = cars[4 * i + 3];
      if (cars[4 * i] === 0 && cars[4 * i + 1] === 0) { return; }
      m.setLatLng([lat, lon]);
      if (m.state !== st) {
        m.setStyle({ fillColor: STATE_COLORS[st] });
        m.state = st;
      }
      if (!view.cars.hasLayer(m)) { m.addTo(view.cars); }
      m.setTooltipContent(m.carName + ': ' + plan.carStates[st] + (inc ? ', incident ' + inc : ''));
      var target = inc ? live.incidents[inc] : null;
      if (st === 2 && target) { runs.push([[lat, lon], [target.lat, target.lon]]); }
    });
    view.responses.setLatLngs(runs);
    var teams = [];
    Object.keys(live.incidents).forEach(function (id) {
      var i = live.incidents[id];
      if (i.phase === 'en-route' || i.phase === 'on-scene') {
        i.teamsFrom.forEach(function (s) { if (view.stationAt[s]) { teams.push([view.stationAt[s], [i.lat, i.lon]]); } });
      }
      if (i.phase === 'cleared' && f.simMs - i.clearMs > RECENT_MS && view.marks[id]) {
        view.incidents.removeLayer(view.marks[id]);
        delete view.marks[id];
        if (!i.injection) { delete live.incidents[id]; }
      }
    });
    view.teamRuns.setLatLngs(teams);
    kpis(f.kpis);
    $('pause').disabled = !going || f.paused;
    $('resume').disabled = !going || !f.paused;
  }

  function kpis(k) {
    var cars = k.carsByState, total = cars.reduce(function (a, b) { return a + b; }, 0);
    var cards = [
      ['calls', 'Calls', String(k.calls), k.injected + ' injected \u00b7 ' + k.open + ' open: ' + k.waiting + ' waiting, ' +
        k.enRoute + ' en route, ' + k.onScene + ' on scene'],
      ['street', 'Street-level disposal', percent(k.streetShareOfCleared), k.street + ' of ' + k.cleared + ' cleared \u00b7 ' +
        k.handedOver + ' handed over'],
      ['callouts', 'Station call-outs', String(k.stationCallOuts), k.teamsOut + ' of ' + k.teams + ' duty teams out'],
      ['urgent', 'Urgent first arrival', duration(k.urgentFirstArrivalMeanSeconds), percent(k.urgentWithinTargetShare) +
        ' within ' + Math.round(k.urgentTargetSeconds / 60) + ' min \u00b7 ' + k.urgentReached + ' reached'],
      ['cars', 'Patrol cars free', cars[0] + ' of ' + total, cars[2] + ' responding \u00b7 ' + cars[3] + ' on scene \u00b7 ' +
        cars[4] + ' meal \u00b7 ' + cars[5] + ' hand-over'],
      ['coverage', 'Coverage', percent(k.coverage), 'road near a free car (last sample)']
    ];
    var box = $('kpis');
    cards.forEach(function (c) {
      var card = box.querySelector('[data-kpi="' + c[0] + '"]');
      if (!card) {
        card = el('div', { cls: 'kpi', 'data-kpi': c[0] }, [el('div', { cls: 'label', text: c[1] }), el('div', { cls: 'value' }),
          el('div', { cls: 'detail' })]);
        box.appendChild(card);
      }
      card.querySelector('.value').textContent = c[2];
      card.querySelector('.detail').textContent = c[3];
    });
  }

  function chartOption() {
    return {
      animation: false,
      textStyle: { fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif' },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 10 } },
      grid: { left: 32, right: 34, top: 46, bottom: 22 },
      xAxis: { type: 'category', boundaryGap: false, data: [] },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', minInterval: 1, splitLine: { show: false } }],
      series: []
    };
  }

  function drawChart() {
    var times = live.series.map(function (p) { return clock(p[0]).slice(0, -3); });
    var series = [];
    plan.carStates.forEach(function (s, i) {
      if (s === 'turnout') { return; }
      series.push({ name: s, type: 'line', stack: 'cars', areaStyle: { opacity: 0.85 }, showSymbol: false,
        lineStyle: { width: 0.5 }, itemStyle: { color: STATE_COLORS[i] },
        data: live.series.map(function (p) { return p[1 + i]; }) });
    });
    series.push({ name: 'open incidents', type: 'line', yAxisIndex: 1, showSymbol: false, itemStyle: { color: '#111' },
      data: live.series.map(function (p) { return p[p.length - 1]; }) });
    chart.setOption({ xAxis: { data: times }, series: series });
  }

  function ended(outcome) {
    live.ended = outcome;
    $('run-state').textContent = 'ended';
    $('run-state').className = 'badge ended';
    var banner = $('banner');
    banner.hidden = false;
    banner.textContent = '';
    if (outcome.error) {
      banner.textContent = 'The drill failed: ' + outcome.error;
      return;
    }
    banner.appendChild(document.createTextNode('The drill ended at ' + outcome.endedAt + ' (' + outcome.how + '). ' +
      'Outputs in ' + outcome.out + '. '));
    banner.appendChild(el('a', { href: outcome.report, target: '_blank', rel: 'noopener', text: 'Open the report' }));
    $('controls').querySelectorAll('button, select, input').forEach(function (b) { b.disabled = true; });
    arm(false);
  }

  // ---- the trainer's controls ----------------------------------------------------------------------------
  function role() {
    $('controls').hidden = !token;
    $('observer').hidden = !!token;
    $('role').textContent = token ? 'trainer' : 'observer (read-only)';
    $('role').className = 'badge ' + (token ? 'trainer' : '');
  }

  function controls() {
    var speed = $('speed');
    SPEEDS.forEach(function (s) { speed.appendChild(el('option', { value: String(s), text: s + ' \u00d7' })); });
    speed.value = '60';
    var type = $('inject-type'), priority = $('inject-priority');
    plan.types.forEach(function (t, i) { type.appendChild(el('option', { value: String(i), text: t.name })); });
    plan.priorities.forEach(function (p) { priority.appendChild(el('option', { value: p, text: p })); });
    function typeChosen() {
      var t = plan.types[+type.value];
      priority.value = t.priority;
      $('inject-units').value = String(t.units);
    }
    type.addEventListener('change', typeChosen);
    typeChosen();
    $('pause').addEventListener('click', function () { post('/api/control/pause', {}, function (r) { return 'paused at ' + r.time; }); });
    $('resume').addEventListener('click', function () { post('/api/control/resume', {}, function (r) { return 'resumed at ' + r.time; }); });
    $('apply-speed').addEventListener('click', function () {
      post('/api/control/speed', { speed: +speed.value }, function (r) { return 'speed ' + r.speed + ' \u00d7 from ' + r.time; });
    });
    $('jump').addEventListener('click', function () {
      var hm = /^([01][0-9]|2[0-3]):([0-5][0-9])$/.exec($('jump-time').value.trim());
      if (!hm) {
        $('control-result').className = 'result error';
        $('control-result').textContent = 'time of day: expected hh:mm on a 24-hour clock, e.g. 08:00 or 17:30';
        return;
      }
      hm = hm.slice(1);
      var ms = ((+$('jump-day').value - 1) * 86400 + (+hm[0]) * 3600 + (+hm[1]) * 60) * 1000;
      post('/api/control/jump', { timeMs: ms }, function (r) { return 'jumped to ' + r.time; });
    });
    var confirmEnd = null;
    $('end').addEventListener('click', function () {
      var b = $('end');
      if (!confirmEnd) {
        b.textContent = 'Click again to end';
        b.classList.add('confirm');
        confirmEnd = setTimeout(function () { b.textContent = 'End drill'; b.classList.remove('confirm'); confirmEnd = null; }, 4000);
        return;
      }
      clearTimeout(confirmEnd);
      confirmEnd = null;
      b.textContent = 'End drill';
      b.classList.remove('confirm');
      post('/api/control/end', {}, function (r) { return 'ending at ' + r.time + '; writing the outputs\u2026'; });
    });
    $('arm').addEventListener('click', function () { arm(!placing); });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') { arm(false); } });
    $('token-form').addEventListener('submit', function (e) {
      e.preventDefault();
      var t = $('token-input').value.trim();
      if (t) {
        token = t;
        sessionStorage.setItem('patrolsim-drill-token', t);
        role();
      }
    });
  }

  function arm(on) {
    placing = on;
    $('arm').classList.toggle('armed', on);
    $('arm').textContent = on ? 'Now click the map (Esc: cancel)' : 'Click the map to place it';
    view.map.getContainer().classList.toggle('placing', on);
  }

  function inject(latlng) {
    arm(false);
    var t = plan.types[+$('inject-type').value];
    var order = { type: t.name, priority: $('inject-priority').value, units: +$('inject-units').value,
      lat: +latlng.lat.toFixed(6), lon: +latlng.lng.toFixed(6) };
    post('/api/incidents', order, function (r) {
      return 'injected #' + r.n + ' (' + r.incident.type + ', ' + r.incident.priority + ') at ' + r.time;
    });
  }

  function post(path, body, said) {
    var result = $('control-result');
    result.className = 'result';
    result.textContent = '\u2026';
    return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
      body: JSON.stringify(body) })
      .then(function (r) {
        return r.json().then(function (j) { return { ok: r.ok, status: r.status, body: j }; });
      })
      .then(function (r) {
        result.className = 'result ' + (r.ok ? 'ok' : 'error');
        result.textContent = r.ok ? said(r.body) : r.status + ': ' + r.body.error;
        if (r.status === 401 || r.status === 403) {
          token = null;
          sessionStorage.removeItem('patrolsim-drill-token');
          role();
        }
        return r;
      }, function (e) {
        result.className = 'result error';
        result.textContent = 'no answer from the drill: ' + e.message;
      });
  }

  // ---- start ---------------------------------------------------------------------------------------------
  window.patrolsimDrill = {
    map: function () { return view && view.map; },
    frames: function () { return live.frames; },
    frame: function () { return live.frame; },
    clock: function () { return $('clock').textContent; },
    /** Where the cars are drawn now: [[lat, lon], ...]. */
    carPositions: function () {
      return view.carMarks.map(function (m) { var p = m.getLatLng(); return [p.lat, p.lng]; });
    },
    incident: function (id) { return live.incidents[id] || null; },
    injected: function () {
      return Object.keys(live.incidents).map(function (id) { return live.incidents[id]; })
        .filter(function (i) { return i.injection > 0; });
    },
    ended: function () { return live.ended; }
  };
  fetch('/api/plan').then(function (r) { return r.json(); }).then(start).then(function () {
    document.body.setAttribute('data-ready', 'true');
  }, function (e) {
    $('run-line').textContent = 'cannot load the drill: ' + e.message;
  });
}());
