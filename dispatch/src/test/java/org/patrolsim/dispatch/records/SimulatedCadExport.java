// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.event.DispatchEvent.UnitState;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.testing.DemoCityRuns;
import org.patrolsim.dispatch.testing.RecordedRun;
import org.patrolsim.dispatch.unit.UnitId;

/**
 * A finished run written as a force's CAD export would hold it, for round-trip tests of the records
 * reader, calibration and the back-test: {@code cad.csv} with one row per unit per call
 * ({@code call,unit,received,dispatched,enRoute,onScene,cleared,lat,lon,type,priority,fromLat,fromLon})
 * and the {@code records.yaml} that maps it. It runs nothing itself but {@link #run}, a convenience.
 *
 * <p>Each unit's times come from the event stream: dispatched at its {@code Decided}, en route at its
 * {@code EnRoute} (the end of its turnout), on scene at its first {@code Arrived}, cleared when it next
 * leaves the scene ({@code UnitChanged} to another state). A unit taken off the call
 * before it arrived has no on-scene or cleared time. A call no unit went to is one row without unit.
 * Times are wall clock from midnight of {@code firstDay}, whole seconds (cut, not rounded, as CAD
 * systems write them); places are written in full precision, so they read back exactly.
 */
public final class SimulatedCadExport {
  /** The export's header. */
  public static final String COLUMNS = "call,unit,received,dispatched,enRoute,onScene,cleared,lat,lon,type,"
      + "priority,fromLat,fromLon";
  /** The day the run's time 0 is the midnight of, unless given. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private SimulatedCadExport() {}

  /**
   * The written files and the run they came from.
   *
   * @param csv the CAD-style CSV
   * @param yaml its records mapping (give it to {@link CadRecords#read(Path, ZoneId, IncidentMix)})
   * @param zone the scenario's time zone
   * @param mix the scenario's incident types
   */
  public record Export(Path csv, Path yaml, RecordedRun run, ZoneId zone, IncidentMix mix, LocalDate firstDay) {

    /** Reads the export back with the records reader. */
    public CadRecords read() {
      return CadRecords.read(yaml, zone, mix);
    }

    /** A run time (ms since the start) as the export writes it: wall clock, cut to the second. */
    public LocalDateTime at(long ms) {
      return wallClock(firstDay, ms);
    }
  }

  /** One unit's part in one incident, as the events tell it (filled in as they come); -1: did not happen. */
  static final class Visit {
    final UnitId unit;
    final long dispatchedMs;
    final double fromLat;
    final double fromLon;
    long enRouteMs = -1;
    long onSceneMs = -1;
    long clearedMs = -1;

    Visit(DispatchEvent.Decided d) {
      unit = d.unit();
      dispatchedMs = d.timeMs();
      fromLat = d.fromLat();
      fromLon = d.fromLon();
    }
  }

  /**
   * Runs the default scenario on the demo city with {@code overrides} (e.g. {@code seed=3},
   * {@code days=1}, as {@code --set} would) and writes its export into {@code dir}.
   */
  public static Export run(DemoCityRuns runs, Path dir, String... overrides) {
    var model = runs.model(overrides);
    RecordedRun run = runs.run(model);
    return write(run, dir, FIRST_DAY, ZoneId.of(model.scenario().timeZone()), model.mix());
  }

  /** Writes {@code run}'s export into {@code dir} ({@code cad.csv}, {@code records.yaml}). */
  public static Export write(RecordedRun run, Path dir, LocalDate firstDay, ZoneId zone, IncidentMix mix) {
    Map<Long, List<Visit>> visits = visits(run.events());
    StringBuilder csv = new StringBuilder(COLUMNS).append('\n');
    for (IncidentTimeline t : run.timelines()) {
      List<Visit> units = visits.getOrDefault(t.id(), List.of());
      if (units.isEmpty()) {
        csv.append(row(t, null, firstDay));
      }
      units.forEach(v -> csv.append(row(t, v, firstDay)));
    }
    try {
      Files.createDirectories(dir);
      Path csvFile = Files.writeString(dir.resolve("cad.csv"), csv, StandardCharsets.UTF_8);
      Path yaml = Files.writeString(dir.resolve("records.yaml"), """
          # A simulated CAD export: one row per unit per call (SimulatedCadExport)
          file: cad.csv
          columns:
            time: received
            unitLat: fromLat
            unitLon: fromLon
          """, StandardCharsets.UTF_8);
      return new Export(csvFile, yaml, run, zone, mix, firstDay);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every unit's visit to every incident, by incident, in dispatch order. */
  static Map<Long, List<Visit>> visits(List<DispatchEvent> events) {
    Map<Long, List<Visit>> byIncident = new LinkedHashMap<>();
    Map<UnitId, Visit> open = new HashMap<>();
    for (DispatchEvent e : events) {
      if (e instanceof DispatchEvent.Decided d && d.unit() != null && d.action() != DispatchEvent.Action.WAIT) {
        open.remove(d.unit());
        Visit v = new Visit(d);
        open.put(d.unit(), v);
        byIncident.computeIfAbsent(d.incident(), k -> new ArrayList<>()).add(v);
      } else if (e instanceof DispatchEvent.EnRoute r) {
        Visit v = open.get(r.unit());
        if (v != null && v.enRouteMs < 0) {
          v.enRouteMs = r.timeMs();
        }
      } else if (e instanceof DispatchEvent.Arrived a) {
        Visit v = open.get(a.unit());
        if (v != null && v.onSceneMs < 0) {
          v.onSceneMs = a.timeMs();
        }
      } else if (e instanceof DispatchEvent.UnitChanged c && c.state() != UnitState.ON_SCENE) {
        Visit v = open.get(c.unit());
        if (v != null && v.onSceneMs >= 0) {
          v.clearedMs = c.timeMs();
          open.remove(c.unit());
        }
      }
    }
    return byIncident;
  }

  private static String row(IncidentTimeline t, Visit v, LocalDate firstDay) {
    return String.join(",", Long.toString(t.id()), v == null ? "" : v.unit.name(), time(firstDay, t.callMs()),
        v == null ? "" : time(firstDay, v.dispatchedMs), v == null ? "" : time(firstDay, v.enRouteMs),
        v == null ? "" : time(firstDay, v.onSceneMs), v == null ? "" : time(firstDay, v.clearedMs),
        Double.toString(t.lat()), Double.toString(t.lon()), t.type(), t.priority().key(),
        v == null || Double.isNaN(v.fromLat) ? "" : Double.toString(v.fromLat),
        v == null || Double.isNaN(v.fromLon) ? "" : Double.toString(v.fromLon)) + "\n";
  }

  private static String time(LocalDate firstDay, long ms) {
    return ms < 0 ? "" : SECONDS.format(wallClock(firstDay, ms));
  }

  static LocalDateTime wallClock(LocalDate firstDay, long ms) {
    return firstDay.atStartOfDay().plusSeconds(Math.floorDiv(ms, 1000));
  }
}
