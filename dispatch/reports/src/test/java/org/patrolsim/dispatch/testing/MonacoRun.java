// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunFold;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.report.geojson.GeoJsonFiles;
import org.patrolsim.dispatch.report.geojson.IncidentsGeoJson;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.report.html.PageFold;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * A real run of the small Monaco plan ({@code scenarios/monaco-small.yaml} on the real map of
 * Monaco), with its report, the plan's map layers, the report page's folds, and its events and
 * timelines, for the report tests.
 */
public record MonacoRun(
    RunReport report,
    PlanMap plan,
    PageFold page,
    List<IncidentTimeline> timelines,
    List<DispatchEvent> events) {
  public static final Path MONACO = TestMaps.map("monaco.osm.gz");

  /** Runs the plan with {@code overrides} (as {@code --set} would) on one thread. */
  public static MonacoRun of(String... overrides) {
    return run(null, overrides);
  }

  /**
   * Runs the plan and writes, as {@code patrolsim run} does, summary.json, incidents.csv,
   * decisions.jsonl and the five GeoJSON layers into {@code outDir}.
   */
  public static MonacoRun writing(Path outDir, String... overrides) {
    return run(outDir, overrides);
  }

  private static MonacoRun run(Path outDir, String... overrides) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "map.osm=" + MONACO.toAbsolutePath(),
                "map.cacheDir=" + TestMaps.CACHE.toAbsolutePath()));
    all.addAll(List.of(overrides));
    LoadedScenario loaded = ScenarioLoader.load(scenario("monaco-small.yaml"), all);
    try (RoadNetwork network = RoadNetwork.load(MONACO, TestMaps.CACHE);
        ReportFiles files =
            ReportFiles.in(outDir == null ? Path.of("target", "unused") : outDir, false)) {
      var model = CityModelBuilder.build(loaded, network);
      PlanMap plan = PlanMap.of(model);
      Path spill = Files.createTempFile("monaco-run-page", ".bin");
      spill.toFile().deleteOnExit();
      RecordedRun.Recorder recorder = new RecordedRun.Recorder();
      PageFold page = new PageFold(spill);
      List<RunObserver> observers = new ArrayList<>(List.of(recorder, page));
      if (outDir != null) {
        observers.addAll(files.tables());
        observers.add(new IncidentsGeoJson(files.open(IncidentsGeoJson.FILE, true)));
      }
      RunReport report = DispatchRun.run(model, 1, t -> {}, RunFold.of(observers));
      if (outDir != null) {
        files.writeSummary(report);
        GeoJsonFiles.layers(plan, report).forEach(files::write);
        files.commit();
      }
      return new MonacoRun(report, plan, page, recorder.timelines(), recorder.events());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path scenario(String name) {
    return Fixtures.file("/scenarios/" + name);
  }
}
