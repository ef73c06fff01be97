#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# report.html's size and drawing time in headless Chromium: the time from navigation start to the page's
# ready flag (body's data-ready-ms: performance.now() once the cards, map, charts and explorer are built),
# over LOADS fresh loads (a new profile each), each printed, then the median (BENCHMARKS.md).
# Usage: benchmarks/report-draw-time.sh REPORT.html [LOADS]   (LOADS defaults to 5; the browser is
# $PATROLSIM_CHROMIUM, else /usr/bin/chromium; the window 1400 x 1100, as the browser tests use)
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 REPORT.html [LOADS]" >&2; exit 2; }
page="$(realpath "$1")"
loads="${2:-5}"
chromium="${PATROLSIM_CHROMIUM:-/usr/bin/chromium}"
times=()
for i in $(seq "$loads"); do
  profile="$(mktemp -d)"
  ms="$("$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --disable-background-networking --disable-component-update --user-data-dir="$profile" \
        --window-size=1400,1100 --dump-dom "file://$page" 2>/dev/null \
        | grep -o 'data-ready-ms="[0-9]*"' | grep -o '[0-9][0-9]*' || true)"
  rm -rf "$profile"
  [ -n "$ms" ] || { echo "report-draw-time: $page did not reach its ready flag" >&2; exit 1; }
  echo "load $i: $ms ms"
  times+=("$ms")
done
median="$(printf '%s\n' "${times[@]}" | sort -n \
  | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }')"
echo "$page: $(stat -c %s "$page") bytes; drawing time median $median ms of $loads loads"
