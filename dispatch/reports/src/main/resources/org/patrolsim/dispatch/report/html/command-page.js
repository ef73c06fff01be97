// SPDX-License-Identifier: Apache-2.0
// patrolsim's command pages with maps (compare.html, optimise.html; WebAssets.commandPage): how an
// element is made and how a KPI's value and a difference are written, the same on every page.
var PatrolsimPage = (function () {
  'use strict';
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (a) { e.setAttribute(a, attrs[a]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function share(unit) { return unit === 'share of 1'; }
  function fixed(v, unit) {
    if (share(unit)) { return (v * 100).toFixed(1); }
    if (unit === 'seconds') { return v.toFixed(1); }
    return Number.isInteger(v) ? String(v) : v.toFixed(2);
  }
  /** A value in its unit: 56.3 %, 269.6 s, 175. */
  function value(v, unit) {
    if (v === null || v === undefined) { return '-'; }
    return fixed(v, unit) + (share(unit) ? ' %' : unit === 'seconds' ? ' s' : '');
  }
  /** A difference in its unit, signed: +1.5 pts, -40.2 s. */
  function delta(v, unit) {
    if (v === null || v === undefined) { return '-'; }
    return (v > 0 ? '+' : '') + fixed(v, unit) + (share(unit) ? ' pts' : unit === 'seconds' ? ' s' : '');
  }
  return { el: el, share: share, value: value, delta: delta };
}());
