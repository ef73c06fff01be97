// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.patrolsim.dispatch.calibrate.Calibration;
import org.patrolsim.dispatch.calibrate.CalibrationFiles;
import org.patrolsim.dispatch.calibrate.CalibrationInputs;
import org.patrolsim.dispatch.calibrate.CalibrationTable;
import org.patrolsim.dispatch.calibrate.Calibrator;
import org.patrolsim.dispatch.calibrate.NetworkRoutes;
import org.patrolsim.dispatch.calibrate.Window;
import org.patrolsim.dispatch.incident.replay.ReplaySource;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.model.ScenarioMap;
import org.patrolsim.dispatch.records.CadRecords;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.Scenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.GeoInputException;
import org.patrolsim.geo.network.RoadNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patrolsim calibrate}: fits a plan's inputs to a force's dispatch records and writes the
 * fitted scenario (it runs as it is), calibration.json, calibration.html and, with a hold-out, the
 * held-out records for the back-test ({@link CalibrationFiles}); prints a short table of the fitted
 * values.
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description =
        "Fit a plan to a force's dispatch (CAD) records: arrivals, the type mix, call handling, turnout,"
            + " time on scene, self-initiated work; writes a scenario that runs as it is and a calibration report.")
public final class CalibrateCommand implements Callable<Integer> {
  /** The --map value for the bundled demo city. */
  static final String DEMO_CITY = "demo-city";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "RECORDS",
      description =
          "The dispatch records: a records.yaml (a replay mapping with the stage columns, docs/REAL-DATA.md)"
              + " or a CSV with the short form's column names.")
  Path records;

  @Option(
      names = "--map",
      required = true,
      paramLabel = "MAP",
      description =
          "The OpenStreetMap file (.osm, .osm.gz, .osm.pbf) the records' calls are on, or "
              + DEMO_CITY
              + ".")
  String map;

  @Option(
      names = "--scenario",
      paramLabel = "BASE",
      description =
          "The base scenario the fitted values go into (file or bundled name; default: the default scenario);"
              + " its stations must be on MAP.")
  String scenario;

  @Option(
      names = "--holdout-days",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Fit only the records before their last N days and write records-holdout.yaml for the back-test"
              + " (default ${DEFAULT-VALUE}: fit them all).")
  int holdoutDays;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Override
  public Integer call() {
    if (holdoutDays < 0) {
      throw new CliInputError("--holdout-days: expected 0 or more days, got " + holdoutDays);
    }
    OutputFolder.check("--out", out);
    Path osm = mapFile();
    List<String> overrides = new ArrayList<>();
    if (osm != null) {
      overrides.add("map.osm=" + osm.toAbsolutePath().normalize());
    }
    LoadedScenario base = ScenarioLoader.loadFileOrBundled(scenario, overrides);
    try (RoadNetwork network = mapped(() -> ScenarioMap.open(base.scenario().map()))) {
      CityModel model = mapped(() -> CityModelBuilder.build(base, network));
      return calibrate(base, osm, model, network);
    }
  }

  /** The map, or the model on it; a map problem as one line naming --map. */
  private <T> T mapped(java.util.function.Supplier<T> opening) {
    try {
      return opening.get();
    } catch (GeoInputException e) {
      throw new CliInputError("--map " + map + ": " + e.getMessage());
    }
  }

  /** Reads the records, fits them (travel routed on {@code network}) and writes the outputs. */
  private int calibrate(LoadedScenario base, Path osm, CityModel model, RoadNetwork network) {
    ReplaySource mapping = CadRecords.mapping(records);
    CadRecords read =
        CadRecords.read(
            mapping, records.toString(), ZoneId.of(base.scenario().timeZone()), model.mix());
    if (read.calls().isEmpty()) {
      throw new CliInputError(
          records
              + ": no usable call in "
              + read.rows()
              + " row(s); left out: "
              + read.problems().toJson());
    }
    Window window = Window.of(read.calls(), time(mapping.from()), time(mapping.to()));
    if (holdoutDays >= window.days()) {
      throw new CliInputError(
          String.format(
              java.util.Locale.ROOT,
              "--holdout-days: expected fewer than the records' %.3g day(s), got %d",
              window.days(),
              holdoutDays));
    }
    Calibration c =
        Calibrator.calibrate(
            read.calls(),
            window,
            holdoutDays,
            carHoursPerDay(base.scenario().fleet()),
            new NetworkRoutes(network));
    ObjectNode replay = new ObjectMapper().valueToTree(mapping);
    CalibrationFiles.Written written =
        CalibrationFiles.write(
            out,
            new CalibrationInputs(
                records.toString(), replay, base, osm, read.problems(), read.rows(), holdoutDays),
            c);
    PrintWriter o = spec.commandLine().getOut();
    o.println(
        "patrolsim calibrate: "
            + records
            + " ("
            + read.rows()
            + " rows, "
            + read.calls().size()
            + " calls, "
            + read.problems().total()
            + " left out by the reader) into "
            + base.source()
            + " on "
            + map);
    o.print(CalibrationTable.of(c, written.notes()));
    o.println("  written to " + out + ": " + String.join(", ", written.files()));
    o.println("  run it: patrolsim run " + out.resolve(CalibrationFiles.SCENARIO));
    o.flush();
    return 0;
  }

  /**
   * A records mapping's {@code from} or {@code to} (ISO date-time or date; the reader has checked
   * it), or null.
   */
  private static LocalDateTime time(String text) {
    if (text == null) {
      return null;
    }
    return text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay();
  }

  private Path mapFile() {
    if (DEMO_CITY.equals(map)) {
      return null;
    }
    Path file = Path.of(map);
    if (!Files.isRegularFile(file)) {
      throw new CliInputError(
          "--map: no such file " + map + " (expected an OpenStreetMap file or " + DEMO_CITY + ")");
    }
    return file;
  }

  /**
   * The plan's patrol car-hours on duty a day: the around-the-clock cars and the part-day shift
   * groups.
   */
  static double carHoursPerDay(Scenario.Fleet fleet) {
    double hours = fleet.vehicles() * 24.0;
    for (Scenario.ExtraShift x : fleet.extraShifts()) {
      hours += x.cars() * x.hours();
    }
    return hours;
  }
}
