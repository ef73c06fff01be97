#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sweep throughput on this machine: the same sweep run locally (1 thread) and on a cluster of 1, 2 and 3
# worker JVMs on 127.0.0.1 (1 lane each), after a warm-up sweep on each cluster; and the journal's cost,
# its real lines replayed through the journal's own kind of write (JournalWrites.java). Prints a table of
# wall seconds and replications/s with the load average before each run (BENCHMARKS.md, "Sweeps").
# Usage, from the repository's root, with the jar built (./mvnw -B -DskipTests -pl dispatch/app -am package):
#   benchmarks/scripts/sweep-throughput.sh [REPLICATIONS_PER_VARIANT]     (default 8: 3 variants, 24 runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
jar="$root/dispatch/app/target/patrolsim.jar"
[ -f "$jar" ] || { echo "sweep-throughput: no $jar; build it first" >&2; exit 2; }
reps="${1:-8}"
work="$(mktemp -d)"
export PATROLSIM_CACHE="$work/cache"
workers=()
cleanup() {
  for p in "${workers[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
scenario="$root/dispatch/model/src/test/resources/scenarios/monaco-small.yaml"
osm="$root/docs/examples/maps/monaco.osm.gz"
plan() { printf 'scenario: %s\nreplications: %s\ngrid:\n  fleet.vehicles: [4, 6, 8]\n' "$scenario" "$1" > "$2"; }
plan "$reps" "$work/plan.yaml"
plan 2 "$work/warm.yaml"
runs=$((3 * reps))
load() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s.%N; }

# sweep NAME PLAN ARGS...: runs the sweep, prints "NAME wall-seconds"
sweep() {
  local name="$1" plan="$2" start end
  shift 2
  start="$(now)"
  java -jar "$jar" sweep "$plan" --osm "$osm" --out "$work/$name" "$@" > "$work/$name.out" 2> "$work/$name.err" \
    || { echo "sweep-throughput: $name failed:" >&2; tail -5 "$work/$name.err" >&2; exit 1; }
  end="$(now)"
  echo "$end - $start" | bc
}

row() { printf '| %s | %s | %.1f | %.2f | %s |\n' "$1" "$runs" "$2" "$(echo "$runs / $2" | bc -l)" "$3"; }

echo "| run | replications | wall s | replications/s | load average before |"
echo "| --- | --- | --- | --- | --- |"
sweep warm-local "$work/warm.yaml" --threads 1 > /dev/null     # imports the map into the cache once
l="$(load)"; tlocal="$(sweep local "$work/plan.yaml" --threads 1)"; row "local, 1 thread" "$tlocal" "$l"
expected="$work/local/sweep.json"

seed=""
for n in 1 2 3; do
  log="$work/worker-$n.log"
  if [ -z "$seed" ]; then
    java -Xmx768m -jar "$jar" worker --port 0 --threads 1 > "$log" 2>&1 &
  else
    java -Xmx768m -jar "$jar" worker --join "$seed" --threads 1 > "$log" 2>&1 &
  fi
  workers+=("$!")
  for _ in $(seq 1 600); do grep -q 'Ctrl-C to stop' "$log" && break; sleep 0.2; done
  grep -q 'Ctrl-C to stop' "$log" || { echo "sweep-throughput: worker $n did not start:" >&2; cat "$log" >&2; exit 1; }
  [ -n "$seed" ] || seed="$(grep -o ' at [0-9.]*:[0-9]*' "$log" | head -n 1 | cut -c5-)"
  sweep "warm-$n" "$work/warm.yaml" --cluster "$seed" --min-workers "$n" > /dev/null
  l="$(load)"; t="$(sweep "cluster-$n" "$work/plan.yaml" --cluster "$seed" --min-workers "$n")"
  cmp -s "$expected" "$work/cluster-$n/sweep.json" || { echo "sweep-throughput: cluster-$n differs from local" >&2; exit 1; }
  row "cluster, $n worker JVM(s), 1 lane each" "$t" "$l"
done

echo
java -cp "$jar" "$root/benchmarks/scripts/JournalWrites.java" "$work/local/sweep-journal.jsonl" "$work/replay.jsonl" 200
grep '"kpis"' "$work/local/sweep-journal.jsonl" | cmp -s - "$work/replay.jsonl" \
  || { echo "sweep-throughput: the replayed journal lines differ from the journal's" >&2; exit 1; }
echo "a replication of the local run above: $(echo "scale=1; $tlocal * 1000 / $runs" | bc) ms of wall time"
