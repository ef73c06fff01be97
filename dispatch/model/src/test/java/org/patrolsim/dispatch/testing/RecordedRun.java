// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.testing;

import akka.actor.typed.ActorSystem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.report.IncidentTimeline;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunFold;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.dispatch.scenario.LoadedScenario;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * A run kept whole for tests that look inside it: its events in the engine's order and its final
 * timelines in id order (which the report, folded as the run goes, does not keep), and its report.
 */
public record RecordedRun(
    List<DispatchEvent> events, List<IncidentTimeline> timelines, RunReport report) {

  /** Runs {@code model} on {@code system}, keeping everything. */
  public static RecordedRun of(CityModel model, ActorSystem<?> system) {
    Recorder recorder = new Recorder();
    RunReport report = DispatchRun.run(model, system, t -> {}, RunFold.of(recorder));
    return new RecordedRun(recorder.events, recorder.timelines, report);
  }

  /**
   * Runs the small Monaco plan ({@code scenarios/monaco-small.yaml} on the real map of Monaco) with
   * {@code overrides} (as {@code --set} would) on one thread, keeping everything.
   */
  public static RecordedRun monaco(String... overrides) {
    Path monaco = TestMaps.map("monaco.osm.gz");
    List<String> all =
        new ArrayList<>(List.of("map.osm=" + monaco, "map.cacheDir=" + TestMaps.CACHE));
    all.addAll(List.of(overrides));
    LoadedScenario loaded = ScenarioLoader.load(Fixtures.file("/scenarios/monaco-small.yaml"), all);
    try (RoadNetwork network = RoadNetwork.load(monaco, TestMaps.CACHE)) {
      CityModel model = CityModelBuilder.build(loaded, network);
      Recorder recorder = new Recorder();
      RunReport report = DispatchRun.run(model, 1, t -> {}, RunFold.of(recorder));
      return new RecordedRun(recorder.events, recorder.timelines, report);
    }
  }

  /** Folds {@code events} (a whole run), keeping everything. */
  public static RecordedRun of(List<DispatchEvent> events) {
    Recorder recorder = new Recorder();
    RunFold fold = RunFold.of(recorder);
    events.forEach(fold);
    return new RecordedRun(recorder.events, recorder.timelines, fold.finish());
  }

  /**
   * Runs {@code model} on {@code system} and writes summary.json, incidents.csv and decisions.jsonl
   * into {@code outDir} as {@code patrolsim run} does.
   */
  public static RunReport writing(CityModel model, ActorSystem<?> system, Path outDir) {
    try (ReportFiles files = ReportFiles.in(outDir, false)) {
      RunReport report = DispatchRun.run(model, system, t -> {}, RunFold.of(files.tables()));
      files.writeSummary(report);
      files.commit();
      return report;
    }
  }

  /**
   * Folds {@code events} and writes summary.json, incidents.csv and decisions.jsonl into {@code
   * outDir}.
   */
  public static RunReport writing(List<DispatchEvent> events, Path outDir) {
    try (ReportFiles files = ReportFiles.in(outDir, false)) {
      RunFold fold = RunFold.of(files.tables());
      events.forEach(fold);
      RunReport report = fold.finish();
      files.writeSummary(report);
      files.commit();
      return report;
    }
  }

  public List<DispatchEvent.Decided> decisions() {
    return events.stream()
        .filter(DispatchEvent.Decided.class::isInstance)
        .map(DispatchEvent.Decided.class::cast)
        .toList();
  }

  public Map<String, Object> summary() {
    return report.summary();
  }

  public DispatchEvent.RunStarted run() {
    return report.run();
  }

  /** Keeps what it hears. */
  public static final class Recorder implements RunObserver {
    final List<DispatchEvent> events = new ArrayList<>();
    final List<IncidentTimeline> timelines = new ArrayList<>();

    @Override
    public void event(DispatchEvent event) {
      events.add(event);
    }

    @Override
    public void timeline(IncidentTimeline timeline) {
      timelines.add(timeline);
    }

    public List<DispatchEvent> events() {
      return events;
    }

    public List<IncidentTimeline> timelines() {
      return timelines;
    }
  }
}
