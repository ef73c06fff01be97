// SPDX-License-Identifier: Apache-2.0
// patrolsim optimise.html: draws optimise.json's numbers (the JSON above), what the chosen plan moved
// and the cars by hour with Leaflet and Apache ECharts, both inlined; nothing is requested.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('optimise-data').textContent);
  var SENSE = D.objective.split(':')[0];
  var KEY = D.objective.substring(SENSE.length + 1);
  var COLORS = { start: '#4575b4', chosen: '#d73027' };

  var el = PatrolsimPage.el, share = PatrolsimPage.share, value = PatrolsimPage.value,
    delta = PatrolsimPage.delta;
  function td(text, attrs) { return el('td', attrs || {}, text); }
  function unitOf(key) { return D.catalogue[key] ? D.catalogue[key].unit : 'count'; }
  function labelOf(key) { return D.catalogue[key] ? D.catalogue[key].label : key; }

  function interval(low, high, fmt, unit) {
    if (low === null || low === undefined) { return 'not available'; }
    return '[' + fmt(low, unit) + ', ' + fmt(high, unit) + ']';
  }
  function sense(text) { return text === 'max' ? 'higher' : 'lower'; }

  // the answer: chosen - start on the objective, from the check when there is one
  var answer;
  if (D.check) {
    D.check.kpis.forEach(function (k) {
      if (k.key === KEY) {
        answer = { mean: k.delta.mean, low: k.delta.low, high: k.delta.high, n: k.delta.n,
          source: 'the check: ' + D.check.replications + ' fresh replications of both plans, from replication '
            + D.check.firstReplication };
      }
    });
  }
  if (!answer) {
    var v = D.chosen.versusStart;
    answer = { mean: v.mean, low: v.ciLow, high: v.ciHigh, n: v.n,
      source: 'the confirmation\'s replications of the chosen plan' };
  }
  var unit = unitOf(KEY);
  var better = SENSE === 'max' ? answer.low !== null && answer.low > 0 : answer.high !== null && answer.high < 0;
  var worse = SENSE === 'max' ? answer.high !== null && answer.high < 0 : answer.low !== null && answer.low > 0;
  var verdict = D.chosen.plan === 'start' ? 'the starting plan itself was chosen'
    : better ? 'shown better than the starting plan' : worse ? 'shown worse than the starting plan'
      : 'not shown better: the interval includes 0';

  document.getElementById('title').textContent = 'patrolsim optimise: ' + labelOf(KEY) + ' (' + sense(SENSE)
    + ' is better) with ' + D.cars + ' cars';
  document.getElementById('goal').textContent = 'Objective ' + D.objective
    + (D.constraints.length ? '; constraints ' + D.constraints.join(', ') : '; no constraints')
    + '; indifference zone ' + D.confirmation.delta + '; seed ' + D.seed + '. Chosen plan: ' + D.chosen.plan + '.';
  var box = document.getElementById('answer');
  box.appendChild(el('div', { 'class': 'words' }, D.chosen.plan + ' against the starting plan, ' + labelOf(KEY)));
  box.appendChild(el('div', { 'class': 'delta ' + (better ? 'better' : worse ? 'worse' : ''), id: 'answer-delta',
    'data-value': String(answer.mean) }, delta(answer.mean, unit)));
  box.appendChild(el('div', { 'class': 'words', id: 'answer-interval', 'data-low': String(answer.low),
    'data-high': String(answer.high) }, 'paired 95 % interval ' + interval(answer.low, answer.high, delta, unit)
    + ', ' + answer.n + ' pairs (' + answer.source + ')'));
  box.appendChild(el('div', { 'class': 'words', id: 'verdict' }, verdict
    + (D.confirmation.capped ? '; the selection stopped at --max-replications, so its 0.95 guarantee does not hold' : '')));
  var statusList = document.getElementById('constraint-status');
  // a constraint's status on the chosen plan: from the check's fresh replications when there is one (as
  // the console says), else from the selection's own
  (D.check ? D.check.constraints : D.chosen.constraints).forEach(function (c) {
    var key = c.constraint.split(/[<>]=/)[0];
    var li = el('li', { 'data-constraint': c.constraint }, c.constraint + ': ');
    li.appendChild(el('span', { 'class': c.status }, c.status));
    li.appendChild(document.createTextNode(' (chosen plan ' + value(c.estimate.mean, unitOf(key)) + ', 95 % interval '
      + interval(c.estimate.ciLow, c.estimate.ciHigh, value, unitOf(key)) + ', ' + c.estimate.n + ' replications'
      + (D.check ? ' of the check' : ' of the selection') + ')'));
    statusList.appendChild(li);
  });

  // every KPI
  var body = document.querySelector('#kpi-table tbody');
  function kpiRow(key, start, chosen, d, low, high) {
    var u = unitOf(key);
    var tr = el('tr', { 'data-kpi': key });
    var label = el('td', {}, labelOf(key) + ' ');
    label.appendChild(el('small', {}, key));
    tr.appendChild(label);
    tr.appendChild(td(u));
    tr.appendChild(td(value(start, u), { 'class': 'start', 'data-value': String(start) }));
    tr.appendChild(td(value(chosen, u), { 'class': 'chosen', 'data-value': String(chosen) }));
    tr.appendChild(td(delta(d, u), { 'class': 'delta', 'data-value': String(d) }));
    tr.appendChild(td(interval(low, high, delta, u), { 'class': 'interval', 'data-low': String(low), 'data-high': String(high) }));
    body.appendChild(tr);
  }
  var startRow = D.confirmation.table[0];
  if (D.check) {
    document.getElementById('kpi-note').textContent = 'Means of ' + D.check.replications
      + ' replications of each plan run after the selection (from replication ' + D.check.firstReplication
      + ', common random numbers); the interval is the paired 95 % interval of chosen - start.';
    D.check.kpis.forEach(function (k) { kpiRow(k.key, k.start, k.chosen, k.delta.mean, k.delta.low, k.delta.high); });
  } else {
    document.getElementById('kpi-note').textContent = 'The objective and the constraints over the confirmation\'s'
      + ' replications (start: ' + startRow.replications + ', chosen: ' + D.chosen.objective.n
      + '); the paired interval is the objective\'s.';
    kpiRow(KEY, startRow.objective.mean, D.chosen.objective.mean, D.chosen.versusStart.mean,
      D.chosen.versusStart.ciLow, D.chosen.versusStart.ciHigh);
    D.chosen.constraints.forEach(function (c, i) {
      var key = c.constraint.split(/[<>]=/)[0];
      if (key !== KEY) {
        kpiRow(key, startRow.constraints[i].estimate.mean, c.estimate.mean, null, null, null);
      }
    });
  }

  // the map of what moved
  var map = L.map('map', { preferCanvas: true, zoomSnap: 0.25, attributionControl: false });
  var bounds = L.latLngBounds([]);
  var drawn = { starts: 0, posts: 0, lines: 0, stations: 0, candidates: 0 };
  D.screen.candidates.forEach(function (s) {
    bounds.extend([s.lat, s.lon]);
    if (s.kind === 'station') {
      L.circleMarker([s.lat, s.lon], { radius: 7, color: '#000', weight: 1.5, fillColor: '#ffd92f', fillOpacity: 1 })
        .bindTooltip('station ' + s.name).addTo(map);
      drawn.stations++;
    } else {
      L.circleMarker([s.lat, s.lon], { radius: 2, weight: 0, fillColor: '#999', fillOpacity: 0.8 })
        .bindTooltip('candidate ' + s.name).addTo(map);
      drawn.candidates++;
    }
  });
  var moved = 0, dropped = 0, added = 0;
  D.moved.cars.forEach(function (c) {
    if (c.from) {
      bounds.extend(c.from);
      L.circleMarker(c.from, { radius: 5, color: COLORS.start, weight: 2, fill: false })
        .bindTooltip(c.car + ' in the starting plan').addTo(map);
      drawn.starts++;
    }
    if (c.to) {
      bounds.extend(c.to);
      L.circleMarker(c.to, { radius: 4, weight: 0, fillColor: COLORS.chosen, fillOpacity: 0.9 })
        .bindTooltip(c.car + ' in the chosen plan').addTo(map);
      drawn.posts++;
    }
    if (c.from && c.to && c.moved) { moved++; }
    if (c.from && !c.to) { dropped++; }
    if (!c.from && c.to) { added++; }
    if (c.from && c.to && c.moved) {
      L.polyline([c.from, c.to], { color: '#333', weight: 1.5, opacity: 0.8, dashArray: '4 3' }).addTo(map);
      drawn.lines++;
    }
  });
  map.fitBounds(bounds.pad(0.05));
  // cars around the clock: moved to another place, no longer around the clock (a staffing plan puts the
  // rest of its budget in part-day shifts, which the chart below shows), or new
  var startCars = D.moved.cars.filter(function (c) { return c.from; }).length;
  document.getElementById('map-title').textContent = 'What moved: ' + moved + ' of ' + startCars
    + ' cars around the clock' + (dropped ? '; ' + dropped + ' no longer around the clock' : '')
    + (added ? '; ' + added + ' more around the clock' : '');
  var legend = document.getElementById('legend');
  [['start', 'where a car waits or patrols in the starting plan (post or beat centre)'],
    ['chosen', 'its post in the chosen plan; a dashed line joins a moved car\'s two places'],
    ['station', 'station'], ['candidate', 'other candidate sites']].forEach(function (l) {
    var s = el('span', { 'class': 'swatch' });
    s.style.background = l[0] === 'start' ? 'transparent' : l[0] === 'chosen' ? COLORS.chosen
      : l[0] === 'station' ? '#ffd92f' : '#999';
    if (l[0] === 'start' || l[0] === 'station') { s.style.border = '2px solid ' + (l[0] === 'start' ? COLORS.start : '#000'); }
    legend.appendChild(s);
    legend.appendChild(document.createTextNode(l[1]));
  });

  // cars on duty by hour
  var hours = [];
  for (var h = 0; h < 24; h++) { hours.push((h < 10 ? '0' : '') + h); }
  echarts.init(document.getElementById('chart-hours')).setOption({
    animation: false,
    title: { text: 'Patrol cars on duty, by hour of the day (as planned)', textStyle: { fontSize: 14 } },
    legend: { data: ['start', 'chosen'], right: 10 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 60, right: 20, top: 50, bottom: 40 },
    xAxis: { type: 'category', data: hours, name: 'hour' },
    yAxis: { type: 'value', name: 'cars' },
    series: [
      { name: 'start', type: 'bar', itemStyle: { color: COLORS.start }, data: D.moved.startCarsPerHour },
      { name: 'chosen', type: 'bar', itemStyle: { color: COLORS.chosen }, data: D.moved.chosenCarsPerHour }
    ]
  });

  // the trade-off curve
  var tradeOffPoints = 0;
  if (D.tradeOff) {
    document.getElementById('trade-off-section').hidden = false;
    var tbody = document.querySelector('#trade-off-table tbody');
    var feasible = [];
    var lows = [];
    D.tradeOff.forEach(function (p) {
      var tr = el('tr', { 'data-cars': String(p.cars) });
      tr.appendChild(td(String(p.cars)));
      if (p.feasible) {
        feasible.push([p.cars, p.objective.mean, p.objective.ciLow, p.objective.ciHigh]);
        lows.push(p.objective.ciLow === null ? p.objective.mean : p.objective.ciLow);
        tr.appendChild(td(p.plan));
        tr.appendChild(td(value(p.objective.mean, unit), { 'class': 'objective', 'data-value': String(p.objective.mean) }));
        tr.appendChild(td(interval(p.objective.ciLow, p.objective.ciHigh, value, unit), { 'class': 'interval',
          'data-low': String(p.objective.ciLow), 'data-high': String(p.objective.ciHigh) }));
      } else {
        tr.appendChild(td('no feasible plan', { 'class': 'missed' }));
        tr.appendChild(td(p.binding + ' binds', { 'class': 'objective', 'data-value': 'null', title: p.why }));
        tr.appendChild(td(''));
      }
      tbody.appendChild(tr);
      tradeOffPoints++;
    });
    var highs = feasible.map(function (p) { return p[3] === null ? p[1] : p[3]; });
    var floor = lows.length ? Math.min.apply(null, lows) : 0;
    var ceiling = highs.length ? Math.max.apply(null, highs) : 1;
    var pad = (ceiling - floor) * 0.1 || 0.01;
    var infeasible = D.tradeOff.filter(function (p) { return !p.feasible; }).map(function (p) {
      return { value: [p.cars, floor], name: p.binding };
    });
    echarts.init(document.getElementById('chart-trade-off')).setOption({
      animation: false,
      title: { text: labelOf(KEY) + ' of the chosen plan against cars (95 % intervals)', textStyle: { fontSize: 14 } },
      legend: { data: ['chosen plan', 'no feasible plan'], right: 10 },
      tooltip: { trigger: 'item' },
      grid: { left: 70, right: 20, top: 50, bottom: 50 },
      xAxis: { type: 'value', name: 'cars', minInterval: 1, scale: true, boundaryGap: ['5%', '5%'] },
      yAxis: { type: 'value', name: share(unit) ? '%' : unit, min: floor - pad, max: ceiling + pad,
        axisLabel: { formatter: function (v) { return share(unit) ? (v * 100).toFixed(1) : v.toFixed(1); } } },
      series: [
        { name: 'chosen plan', type: 'line', symbolSize: 8, itemStyle: { color: COLORS.chosen },
          data: feasible.map(function (p) { return [p[0], p[1]]; }) },
        { name: 'interval', type: 'custom', itemStyle: { color: '#333' },
          renderItem: function (params, api) {
            var top = api.coord([api.value(0), api.value(2)]);
            var bottom = api.coord([api.value(0), api.value(1)]);
            var w = 6;
            return { type: 'group', children: [
              { type: 'line', shape: { x1: top[0], y1: top[1], x2: bottom[0], y2: bottom[1] }, style: { stroke: '#333', lineWidth: 1.5 } },
              { type: 'line', shape: { x1: top[0] - w, y1: top[1], x2: top[0] + w, y2: top[1] }, style: { stroke: '#333', lineWidth: 1.5 } },
              { type: 'line', shape: { x1: bottom[0] - w, y1: bottom[1], x2: bottom[0] + w, y2: bottom[1] }, style: { stroke: '#333', lineWidth: 1.5 } }
            ] };
          },
          data: feasible.filter(function (p) { return p[2] !== null; }).map(function (p) { return [p[0], p[2], p[3]]; }) },
        { name: 'no feasible plan', type: 'scatter', symbol: 'triangle', symbolSize: 12, itemStyle: { color: '#777' },
          label: { show: true, position: 'right', formatter: function (p) { return 'none: ' + p.name; } },
          data: infeasible }
      ]
    });
  }

  // the confirmation table
  var c = D.confirmation;
  document.getElementById('confirmation-note').textContent = c.procedure + ' ' + c.delta
    + '; probability of correct selection ' + c.probabilityOfCorrectSelection + ' (h\u00b2 ' + c.hSquared
    + '); ' + c.firstReplications + ' replications of every plan first, at most ' + c.maxReplications + '; '
    + c.replications + ' replications in all' + (c.capped ? '; stopped at the cap' : '') + '.';
  var cbody = document.querySelector('#confirmation-table tbody');
  c.table.forEach(function (row) {
    var tr = el('tr', { 'data-plan': row.plan, 'class': row.plan === D.chosen.plan ? 'chosen' : '' });
    tr.appendChild(td(row.plan));
    tr.appendChild(td(String(row.replications), { 'class': 'replications', 'data-value': String(row.replications) }));
    tr.appendChild(td(value(row.objective.mean, unit), { 'class': 'objective', 'data-value': String(row.objective.mean) }));
    tr.appendChild(td(interval(row.objective.ciLow, row.objective.ciHigh, value, unit), { 'class': 'interval',
      'data-low': String(row.objective.ciLow), 'data-high': String(row.objective.ciHigh) }));
    var cons = el('td', {});
    row.constraints.forEach(function (k, i) {
      if (i > 0) { cons.appendChild(document.createTextNode(', ')); }
      cons.appendChild(el('span', { 'class': k.status, title: k.constraint }, k.status));
    });
    tr.appendChild(cons);
    var outcome = row.plan === D.chosen.plan ? 'chosen'
      : !row.contested ? 'misses a constraint after the first stage'
        : row.eliminatedAfter !== null ? 'dropped after ' + row.eliminatedAfter + ' replications'
          : 'in the contest when it stopped';
    tr.appendChild(td(outcome, { 'class': 'outcome' }));
    cbody.appendChild(tr);
  });

  // the search
  var s = D.screen;
  var kinds = {};
  s.candidates.forEach(function (x) { kinds[x.kind] = (kinds[x.kind] || 0) + 1; });
  var screen = document.getElementById('screen');
  [s.method,
    s.candidates.length + ' candidate sites (' + Object.keys(kinds).map(function (k) { return kinds[k] + ' ' + k.replace('_', ' '); }).join(', ') + ')',
    s.demandPoints + ' demand points; cars busy ' + (s.busyProbability * 100).toFixed(1) + ' % of the time; covered within '
      + s.coverMinutes + ' free-flow minutes',
    s.starts + ' starts, ' + s.passes + ' interchange passes, ' + s.setsScored + ' sets scored'
  ].forEach(function (line) { screen.appendChild(el('li', {}, line)); });
  var rbody = document.querySelector('#ranked-table tbody');
  s.ranked.forEach(function (r, i) {
    var tr = el('tr', {});
    tr.appendChild(td('screen-' + (i + 1)));
    tr.appendChild(td((r.coverage * 100).toFixed(2) + ' %', { 'data-value': String(r.coverage) }));
    tr.appendChild(td(r.expectedMinutes.toFixed(2), { 'data-value': String(r.expectedMinutes) }));
    tr.appendChild(td(r.sites.map(function (k) { return s.candidates[k].name; }).join(', ')));
    rbody.appendChild(tr);
  });
  var decisions = document.getElementById('decisions');
  D.decisions.forEach(function (line) { decisions.appendChild(el('li', {}, line)); });

  window.patrolsimOptimise = { map: drawn, moved: moved, tradeOffPoints: tradeOffPoints };
  document.body.setAttribute('data-ready', 'true');
})();
