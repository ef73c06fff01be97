// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.report.html;

import com.fasterxml.jackson.databind.util.RawValue;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.incident.Priority;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.unit.StationId;

/**
 * The incidents for the map and the incident explorer, with their timelines and every dispatch
 * decision (reason and candidates weighed), in compact rows: names go into tables and rows hold
 * their indices. A run of more than {@code maxShown} incidents shows every k-th (by id), the
 * smallest k that fits; the report says so, and KPIs and charts still count every incident.
 *
 * <p>Folded as the run goes, in flat memory: each incident's decisions are held while it is open,
 * and its row is spilled to a scratch file once its timeline is final; {@link #of(int, int[])}
 * reads the rows back when the run's length, and so k, is known. Units and words are numbered in
 * the order the decisions use them (all decisions, shown or not), incident types and stations in
 * the order the shown rows do.
 */
final class IncidentRecords implements RunObserver {
  /** Incidents the page shows in full by default: a 30-day run of the default scenario fits. */
  static final int MAX_SHOWN = 30_000;

  /** The columns of a row, in order (times in ms since the start, -1 when it did not happen). */
  static final List<String> COLUMNS =
      List.of(
          "id",
          "callMs",
          "lat",
          "lon",
          "type",
          "priority",
          "station",
          "disposal",
          "firstDispatchMs",
          "firstUnit",
          "fromLat",
          "fromLon",
          "lastDispatchMs",
          "lastUnit",
          "backupUnit",
          "firstArrivalMs",
          "coveredMs",
          "clearMs",
          "clearedBy",
          "handedOverTo",
          "preemptions",
          "openState",
          "decisions",
          "hex");

  /** The columns of a decision: candidates are flat triples (unit, road seconds or null, state). */
  static final List<String> DECISION_COLUMNS =
      List.of(
          "timeMs", "action", "unit", "role", "roadSeconds", "preempted", "reason", "candidates");

  static final List<String> DISPOSALS = List.of("STREET", "STATION_CALLOUT", "HANDED_OVER", "OPEN");

  private final Path spill;
  private final Names units = new Names();
  private final Names words = new Names();
  private final Map<Long, List<Object>> decisionsOfOpen = new HashMap<>();
  private List<StationId> runStations = List.of();
  private DataOutputStream out;
  private int total;

  /** Rows spill to {@code spill} (created, or emptied). */
  IncidentRecords(Path spill) {
    this.spill = spill;
    try {
      this.out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spill), 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report's scratch file " + spill, e);
    }
  }

  @Override
  public void start(DispatchEvent.RunStarted run) {
    runStations = run.stations();
  }

  @Override
  public void event(DispatchEvent e) {
    if (e instanceof DispatchEvent.Decided d) {
      List<Object> candidates = new ArrayList<>();
      for (DispatchEvent.Weighed c : d.candidates()) {
        candidates.add(units.of(c.unit()));
        candidates.add(finite(c.roadSeconds()));
        candidates.add(words.of(c.state()));
      }
      List<Object> row = new ArrayList<>(DECISION_COLUMNS.size());
      row.add(d.timeMs());
      row.add(d.action().key());
      row.add(units.of(d.unit()));
      row.add(d.role().key());
      row.add(finite(d.roadSeconds()));
      row.add(d.preempted());
      row.add(d.reason());
      row.add(candidates);
      decisionsOfOpen.computeIfAbsent(d.incident(), k -> new ArrayList<>()).add(row);
    }
  }

  @Override
  public void timeline(IncidentTimeline t) {
    List<Object> decisions = decisionsOfOpen.remove(t.id());
    try {
      SpilledRow.write(out, t, HtmlReport.json(decisions == null ? List.of() : decisions));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report's scratch file " + spill, e);
    }
    total++;
  }

  @Override
  public void finish(org.patrolsim.dispatch.report.RunReport report) {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report's scratch file " + spill, e);
    }
  }

  /**
   * The incidents' part of the page's data, showing every k-th incident so that at most {@code
   * maxShown} are; {@code hexOf} gives each incident's hexagon (in the order folded: {@link
   * org.patrolsim.dispatch.report.geojson.HexagonsGeoJson#featureIndex}), so that the page can
   * count the incidents a filter keeps in the hexagons.
   */
  Map<String, Object> of(int maxShown, int[] hexOf) {
    int every = Math.max(1, (total + maxShown - 1) / maxShown);
    Names types = new Names();
    Names stations = new Names();
    Names unitNames = units.copy();
    runStations.forEach(s -> stations.of(s.value()));
    List<Object> rows = new ArrayList<>();
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(spill), 1 << 16))) {
      for (int i = 0; i < total; i++) {
        SpilledRow t = SpilledRow.read(in);
        if (i % every != 0) {
          continue;
        }
        List<Object> r = new ArrayList<>(COLUMNS.size());
        r.add(t.id());
        r.add(t.callMs());
        r.add(round6(t.lat()));
        r.add(round6(t.lon()));
        r.add(types.of(t.type()));
        r.add(t.priority());
        r.add(stations.of(t.station()));
        r.add(t.disposal());
        r.add(t.firstDispatchMs());
        r.add(unitNames.of(t.firstUnit()));
        r.add(Double.isNaN(t.fromLat()) ? null : round6(t.fromLat()));
        r.add(Double.isNaN(t.fromLon()) ? null : round6(t.fromLon()));
        r.add(t.lastDispatchMs());
        r.add(unitNames.of(t.lastUnit()));
        r.add(unitNames.of(t.backupUnit()));
        r.add(t.firstArrivalMs());
        r.add(t.coveredMs());
        r.add(t.clearMs());
        r.add(unitNames.of(t.clearedBy()));
        r.add(stations.of(t.handedOverTo()));
        r.add(t.preemptions());
        r.add(t.openState());
        r.add(new RawValue(t.decisionsJson()));
        r.add(hexOf[i]);
        rows.add(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the report's scratch file " + spill, e);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", total);
    m.put("shownEvery", every);
    m.put("columns", COLUMNS);
    m.put("decisionColumns", DECISION_COLUMNS);
    m.put("types", types.list());
    m.put("priorities", java.util.Arrays.stream(Priority.values()).map(Priority::key).toList());
    m.put("disposals", DISPOSALS);
    m.put("stations", stations.list());
    m.put("units", unitNames.list());
    m.put("words", words.list());
    m.put("rows", rows);
    return m;
  }

  private static Double finite(double seconds) {
    return Double.isFinite(seconds) ? Math.round(seconds * 10) / 10.0 : null;
  }

  private static double round6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /**
   * One incident's row as spilled: the timeline's fields (names as text) and its decisions already
   * as the page's JSON.
   */
  private record SpilledRow(
      long id,
      long callMs,
      double lat,
      double lon,
      String type,
      int priority,
      String station,
      int disposal,
      long firstDispatchMs,
      String firstUnit,
      double fromLat,
      double fromLon,
      long lastDispatchMs,
      String lastUnit,
      String backupUnit,
      long firstArrivalMs,
      long coveredMs,
      long clearMs,
      String clearedBy,
      String handedOverTo,
      int preemptions,
      String openState,
      String decisionsJson) {

    static void write(DataOutputStream out, IncidentTimeline t, String decisionsJson)
        throws IOException {
      out.writeLong(t.id());
      out.writeLong(t.callMs());
      out.writeDouble(t.lat());
      out.writeDouble(t.lon());
      text(out, t.type());
      out.writeInt(t.priority().ordinal());
      text(out, name(t.station()));
      out.writeInt(t.disposal() == null ? DISPOSALS.indexOf("OPEN") : t.disposal().ordinal());
      out.writeLong(t.firstDispatchMs());
      text(out, name(t.firstUnit()));
      out.writeDouble(t.fromLat());
      out.writeDouble(t.fromLon());
      out.writeLong(t.lastDispatchMs());
      text(out, name(t.lastUnit()));
      text(out, name(t.backupUnit()));
      out.writeLong(t.firstArrivalMs());
      out.writeLong(t.coveredMs());
      out.writeLong(t.clearMs());
      text(out, name(t.clearedBy()));
      text(out, name(t.handedOverTo()));
      out.writeInt(t.preemptions());
      text(out, t.openState() == null ? null : t.openState().key());
      text(out, decisionsJson);
    }

    static SpilledRow read(DataInputStream in) throws IOException {
      return new SpilledRow(
          in.readLong(),
          in.readLong(),
          in.readDouble(),
          in.readDouble(),
          text(in),
          in.readInt(),
          text(in),
          in.readInt(),
          in.readLong(),
          text(in),
          in.readDouble(),
          in.readDouble(),
          in.readLong(),
          text(in),
          text(in),
          in.readLong(),
          in.readLong(),
          in.readLong(),
          text(in),
          text(in),
          in.readInt(),
          text(in),
          text(in));
    }

    private static String name(Object id) {
      return id == null ? null : id.toString();
    }

    /** A nullable text of any length: its UTF-8 length (-1 for null) and bytes. */
    private static void text(DataOutputStream out, String s) throws IOException {
      if (s == null) {
        out.writeInt(-1);
        return;
      }
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
      int n = in.readInt();
      if (n < 0) {
        return null;
      }
      byte[] b = new byte[n];
      in.readFully(b);
      return new String(b, StandardCharsets.UTF_8);
    }
  }

  /** A table of names (first seen, first numbered); null names give -1. */
  private static final class Names {
    private final Map<String, Integer> index = new LinkedHashMap<>();

    int of(Object name) {
      return name == null ? -1 : index.computeIfAbsent(name.toString(), k -> index.size());
    }

    Names copy() {
      Names c = new Names();
      c.index.putAll(index);
      return c;
    }

    List<String> list() {
      return List.copyOf(index.keySet());
    }
  }
}
