// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.geojson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.patrolsim.dispatch.event.DispatchEvent.Disposal;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.geo.LatLon;

/**
 * hexagons.geojson: the run's incidents binned in the hexagons of a {@link HexGrid} around the
 * map's centre, one Polygon per hexagon holding at least one incident, with its calls, street-level
 * disposals and their share, incidents settled by a station call-out, and the urgent calls' first
 * arrival p90 against the urgent target. Folded as the run goes, a few numbers per incident; binned
 * when the grid (the map) is known, each incident at its position as incidents.csv gives it.
 */
public final class HexagonsGeoJson implements RunObserver {
  public static final String FILE = "hexagons.geojson";

  /** The features' order: by axial coordinates, r then q. */
  private static final Comparator<HexGrid.Cell> ORDER =
      Comparator.comparingInt(HexGrid.Cell::r).thenComparingInt(HexGrid.Cell::q);

  private double[] lat = new double[1024];
  private double[] lon = new double[1024];

  /**
   * Disposal ordinal (-1 open) and, for urgent calls, first arrival after the call in seconds (NaN:
   * none; -1: not urgent).
   */
  private byte[] disposal = new byte[1024];

  private double[] urgentArrivalS = new double[1024];
  private int n;

  @Override
  public void timeline(IncidentTimeline t) {
    if (n == lat.length) {
      lat = Arrays.copyOf(lat, 2 * n);
      lon = Arrays.copyOf(lon, 2 * n);
      disposal = Arrays.copyOf(disposal, 2 * n);
      urgentArrivalS = Arrays.copyOf(urgentArrivalS, 2 * n);
    }
    lat[n] = asInCsv(t.lat());
    lon[n] = asInCsv(t.lon());
    disposal[n] = (byte) (t.disposal() == null ? -1 : t.disposal().ordinal());
    urgentArrivalS[n] =
        t.priority() != Priority.URGENT
            ? -1
            : t.firstArrivalMs() < 0 ? Double.NaN : (t.firstArrivalMs() - t.callMs()) / 1000.0;
    n++;
  }

  /**
   * A coordinate as incidents.csv writes it (6 decimals, about 0.1 m): an incident is binned where
   * that file puts it, so that binning its rows gives the same hexagons.
   */
  private static double asInCsv(double degrees) {
    return Double.parseDouble(String.format(Locale.ROOT, "%.6f", degrees));
  }

  /**
   * The FeatureCollection, hexagons in order of their axial coordinates (r, then q); its member
   * {@code patrolsim} gives the grid (origin, radius) and the urgent target.
   */
  public Map<String, Object> of(HexGrid grid, double urgentTargetSeconds) {
    Map<HexGrid.Cell, Tally> cells = new TreeMap<>(ORDER);
    for (int i = 0; i < n; i++) {
      cells
          .computeIfAbsent(grid.cell(lat[i], lon[i]), c -> new Tally())
          .add(disposal[i], urgentArrivalS[i]);
    }
    List<Map<String, Object>> features = new ArrayList<>();
    cells.forEach(
        (cell, t) ->
            features.add(
                GeoJson.feature(
                    cell.id(), polygon(grid.ring(cell)), t.properties(cell, urgentTargetSeconds))));
    Map<String, Object> about = new LinkedHashMap<>();
    about.put("grid", "flat hexagons in metres around the map's centre (equirectangular), not H3");
    about.put(
        "origin",
        List.of(GeoJson.round6(grid.origin().lon()), GeoJson.round6(grid.origin().lat())));
    about.put("radiusMetres", grid.radiusMetres());
    about.put("urgentTargetSeconds", urgentTargetSeconds);
    about.put("incidents", n);
    return GeoJson.collection(features, Map.of("patrolsim", about));
  }

  /**
   * Each incident's hexagon, in the order the incidents were folded: its index among the features
   * of {@link #of} on the same grid (so that a page can count a subset of the incidents in them).
   */
  public int[] featureIndex(HexGrid grid) {
    HexGrid.Cell[] cellOf = new HexGrid.Cell[n];
    TreeMap<HexGrid.Cell, Integer> index = new TreeMap<>(ORDER);
    for (int i = 0; i < n; i++) {
      cellOf[i] = grid.cell(lat[i], lon[i]);
      index.put(cellOf[i], 0);
    }
    int k = 0;
    for (Map.Entry<HexGrid.Cell, Integer> e : index.entrySet()) {
      e.setValue(k++);
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = index.get(cellOf[i]);
    }
    return out;
  }

  private static Map<String, Object> polygon(List<LatLon> ring) {
    List<Object> positions = new ArrayList<>();
    for (LatLon p : ring) {
      positions.add(List.of(GeoJson.round6(p.lon()), GeoJson.round6(p.lat())));
    }
    Map<String, Object> g = new LinkedHashMap<>();
    g.put("type", "Polygon");
    g.put("coordinates", List.of(positions));
    return g;
  }

  /** One hexagon's counts. */
  private static final class Tally {
    int calls;
    int street;
    int callOuts;
    int urgent;
    double[] reached = new double[4];
    int nReached;

    void add(byte disposal, double urgentArrival) {
      calls++;
      street += disposal == Disposal.STREET.ordinal() ? 1 : 0;
      callOuts += disposal == Disposal.STATION_CALLOUT.ordinal() ? 1 : 0;
      if (urgentArrival == -1) {
        return;
      }
      urgent++;
      if (!Double.isNaN(urgentArrival)) {
        if (nReached == reached.length) {
          reached = Arrays.copyOf(reached, 2 * nReached);
        }
        reached[nReached++] = urgentArrival;
      }
    }

    Map<String, Object> properties(HexGrid.Cell cell, double targetSeconds) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("cell", cell.id());
      p.put("calls", calls);
      p.put("streetDisposed", street);
      p.put("streetShare", Math.round(street * 10_000.0 / calls) / 10_000.0);
      p.put("stationCallOuts", callOuts);
      p.put("urgentCalls", urgent);
      p.put("urgentReached", nReached);
      Double p90 = null;
      if (nReached > 0) {
        double[] sorted = Arrays.copyOf(reached, nReached);
        Arrays.sort(sorted);
        p90 = Math.round(sorted[(int) Math.ceil(0.9 * nReached) - 1] * 10) / 10.0;
      }
      p.put("urgentFirstArrivalP90S", p90);
      p.put(
          "urgentP90OverTarget",
          p90 == null ? null : Math.round(p90 / targetSeconds * 1000) / 1000.0);
      return p;
    }
  }
}
