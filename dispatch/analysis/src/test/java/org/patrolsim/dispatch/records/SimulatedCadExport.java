// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.records;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.patrolsim.dispatch.backtest.SimulatedRun;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.testing.DemoCityRuns;
import org.patrolsim.dispatch.testing.RecordedRun;

/**
 * A finished run written as a force's CAD export would hold it, for round-trip tests of the records
 * reader, calibration and the back-test: {@code cad.csv} with one row per unit per call ({@code
 * call,unit,received,dispatched,enRoute,onScene,cleared,lat,lon,type,priority,fromLat,fromLon}) and
 * the {@code records.yaml} that maps it. It runs nothing itself but {@link #run}, a convenience.
 *
 * <p>Each unit's times and its position at dispatch are those the back-test's {@link SimulatedRun}
 * folds from the event stream (dispatched, en route after its turnout, on scene at its first
 * arrival, cleared when it next leaves the scene), so the export and the back-test read a run by
 * one rule. A unit taken off the call before it arrived has no on-scene or cleared time. A call no
 * unit went to is one row without unit. Times are wall clock from midnight of {@code firstDay},
 * whole seconds (cut, not rounded, as CAD systems write them); places are written in full
 * precision, so they read back exactly.
 */
public final class SimulatedCadExport {
  /** The export's header. */
  public static final String COLUMNS =
      "call,unit,received,dispatched,enRoute,onScene,cleared,lat,lon,type,"
          + "priority,fromLat,fromLon";

  /** The day the run's time 0 is the midnight of, unless given. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private SimulatedCadExport() {}

  /**
   * The written files and the run they came from.
   *
   * @param csv the CAD-style CSV
   * @param yaml its records mapping (give it to {@link CadRecords#read(Path, ZoneId, IncidentMix)})
   * @param zone the scenario's time zone
   * @param mix the scenario's incident types
   */
  public record Export(
      Path csv, Path yaml, RecordedRun run, ZoneId zone, IncidentMix mix, LocalDate firstDay) {

    /** Reads the export back with the records reader. */
    public CadRecords read() {
      return CadRecords.read(yaml, zone, mix);
    }

    /** A run time (ms since the start) as the export writes it: wall clock, cut to the second. */
    public LocalDateTime at(long ms) {
      return wallClock(firstDay, ms);
    }
  }

  /**
   * Runs the default scenario on the demo city with {@code overrides} (e.g. {@code seed=3}, {@code
   * days=1}, as {@code --set} would) and writes its export into {@code dir}.
   */
  public static Export run(DemoCityRuns runs, Path dir, String... overrides) {
    var model = runs.model(overrides);
    RecordedRun run = runs.run(model);
    return write(run, dir, FIRST_DAY, ZoneId.of(model.scenario().timeZone()), model.mix());
  }

  /** Writes {@code run}'s export into {@code dir} ({@code cad.csv}, {@code records.yaml}). */
  public static Export write(
      RecordedRun run, Path dir, LocalDate firstDay, ZoneId zone, IncidentMix mix) {
    SimulatedRun simulated = new SimulatedRun();
    run.events().forEach(simulated::event);
    run.timelines().forEach(simulated::timeline);
    simulated.finish(null);
    StringBuilder csv = new StringBuilder(COLUMNS).append('\n');
    for (SimulatedRun.Incident incident : simulated.incidents().values()) {
      List<UnitVisit> units = incident.call().units();
      if (units.isEmpty()) {
        csv.append(row(incident.timeline(), null, firstDay));
      }
      units.forEach(v -> csv.append(row(incident.timeline(), v, firstDay)));
    }
    try {
      Files.createDirectories(dir);
      Path csvFile = Files.writeString(dir.resolve("cad.csv"), csv, StandardCharsets.UTF_8);
      Path yaml =
          Files.writeString(
              dir.resolve("records.yaml"),
              """
          # A simulated CAD export: one row per unit per call (SimulatedCadExport)
          file: cad.csv
          columns:
            time: received
            unitLat: fromLat
            unitLon: fromLon
          """,
              StandardCharsets.UTF_8);
      return new Export(csvFile, yaml, run, zone, mix, firstDay);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String row(IncidentTimeline t, UnitVisit v, LocalDate firstDay) {
    return String.join(
            ",",
            Long.toString(t.id()),
            v == null ? "" : v.unit(),
            time(firstDay, t.callMs()),
            v == null ? "" : time(firstDay, v.dispatched()),
            v == null ? "" : time(firstDay, v.enRoute()),
            v == null ? "" : time(firstDay, v.onScene()),
            v == null ? "" : time(firstDay, v.cleared()),
            Double.toString(t.lat()),
            Double.toString(t.lon()),
            t.type(),
            t.priority().key(),
            v == null || v.from() == null ? "" : Double.toString(v.from().lat()),
            v == null || v.from() == null ? "" : Double.toString(v.from().lon()))
        + "\n";
  }

  private static String time(LocalDate firstDay, long ms) {
    return ms < 0 ? "" : SECONDS.format(wallClock(firstDay, ms));
  }

  /**
   * A time of the simulated side (on {@link SimulatedRun#zero()}'s clock) on this export's, or
   * empty.
   */
  private static String time(LocalDate firstDay, LocalDateTime simulated) {
    return simulated == null
        ? ""
        : time(firstDay, Duration.between(SimulatedRun.zero(), simulated).toMillis());
  }

  static LocalDateTime wallClock(LocalDate firstDay, long ms) {
    return firstDay.atStartOfDay().plusSeconds(Math.floorDiv(ms, 1000));
  }
}
