#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Cuts calls.csv from DataSF's "Law Enforcement Dispatched Calls for Service: Real-Time" export.

Keeps the lines of the export as they are (no field rewritten) whose call was handled by the Police,
received in the export's complete 48 hours, at a point inside the bounds of the OpenStreetMap extract
(sf-north.osm.gz), then prints the counts README.md quotes. Python 3 standard library only:

    python3 cut.py EXPORT.csv > calls.csv
"""
import csv
import sys
from collections import Counter
from datetime import datetime, timedelta

FROM = datetime(2026, 1, 15, 9, 15)      # received at or after (local time, America/Los_Angeles)
TO = datetime(2026, 1, 17, 9, 15)        # received before
BOUNDS = (37.7805, -122.485, 37.811, -122.3942)  # minlat, minlon, maxlat, maxlon of the map's <bounds>
TIME = "%Y/%m/%d %I:%M:%S %p"
STAGES = ["received_datetime", "dispatch_datetime", "enroute_datetime", "onscene_datetime", "close_datetime"]
CAP = timedelta(hours=12)


def point(wkt):
    if not wkt.startswith("POINT ("):
        return None
    lon, lat = wkt[len("POINT ("):-1].split()
    return float(lat), float(lon)


def kept(row, why):
    if row["agency"] != "Police":
        why["agency " + row["agency"]] += 1
        return False
    received = datetime.strptime(row["received_datetime"], TIME)
    if not FROM <= received < TO:
        why["received outside the window"] += 1
        return False
    p = point(row["intersection_point"])
    if p is None:
        why["no intersection_point (withheld)"] += 1
        return False
    if not (BOUNDS[0] <= p[0] <= BOUNDS[2] and BOUNDS[1] <= p[1] <= BOUNDS[3]):
        why["outside the map's bounds"] += 1
        return False
    return True


def stats(rows, out):
    def t(r, c):
        return datetime.strptime(r[c], TIME) if r[c] else None
    out.write(f"rows {len(rows)}, calls {len({r['cad_number'] for r in rows})}\n")
    for c in STAGES:
        out.write(f"  with {c}: {sum(1 for r in rows if r[c])}\n")
    for k, v in sorted(Counter(r["onview_flag"] for r in rows).items()):
        out.write(f"  onview_flag {k}: {v}\n")
    for k, v in sorted(Counter(r["priority_final"] for r in rows).items()):
        out.write(f"  priority_final {k}: {v}\n")
    kinds = Counter()
    for r in rows:
        times = [(c, t(r, c)) for c in STAGES if r[c]]
        for (a, ta), (b, tb) in zip(times, times[1:]):
            if tb < ta:
                kinds[f"{b} before {a}"] += 1
            elif tb - ta > CAP:
                kinds[f"{a} to {b} over 12 h"] += 1
        d, s, e = t(r, "dispatch_datetime"), t(r, "onscene_datetime"), t(r, "close_datetime")
        drive_from = t(r, "enroute_datetime") or d
        if s and drive_from and s == drive_from:
            kinds["zero drive (en route = on scene)" + (", on view" if r["onview_flag"] != "N" else ", not on view")] += 1
        if s and e and s == e:
            kinds["zero time on scene"] += 1
        if not s and e:
            kinds["cleared without on scene"] += 1
        if not e:
            kinds["not cleared (open at the export)"] += 1
    for k, v in sorted(kinds.items()):
        out.write(f"  {k}: {v}\n")


def main(path):
    with open(path, newline="", encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = next(csv.reader([lines[0]]))
    if lines[-1] == "":
        lines.pop()
    why = Counter()
    out_rows, out_lines = [], [lines[0]]
    for line in lines[1:]:
        row = dict(zip(header, next(csv.reader([line]))))
        if kept(row, why):
            out_rows.append(row)
            out_lines.append(line)
    sys.stdout.write("\n".join(out_lines) + "\n")
    sys.stderr.write(f"read {len(lines) - 1} rows; left out: {dict(sorted(why.items()))}\n")
    stats(out_rows, sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
