// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.dispatch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.patrolsim.dispatch.event.DispatchEvent;
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunFold;
import org.patrolsim.dispatch.report.RunObserver;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.report.geojson.GeoJsonFiles;
import org.patrolsim.dispatch.report.geojson.IncidentsGeoJson;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.report.html.HtmlReport;
import org.patrolsim.dispatch.report.html.PageFold;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * The cost of writing a run's report.html and its five GeoJSON layers, for 1 and 30 simulated days
 * of the default scenario. The run itself (its events kept in a list) and the plan's map layers
 * happen in {@code @Setup}; the measured part folds the events as a run does (the report's KPIs,
 * and the page's folds or incidents.geojson as the events come) and writes the page (or the layers)
 * into a writer that only counts characters, so the disk is left out (but for the page's scratch
 * file of incident rows). Each operation returns the characters written (the file's size in bytes,
 * as the page is ASCII but for a few names).
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar ReportWritingBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportWritingBenchmark {
  @Param({"1", "30"})
  int days;

  private RoadNetwork network;
  private List<DispatchEvent> events;
  private PlanMap plan;
  private Path scratch;

  @Setup
  public void setUp() {
    var loaded = ScenarioLoader.loadDefault(List.of("days=" + days));
    String cache =
        System.getenv()
            .getOrDefault(
                "PATROLSIM_CACHE",
                Path.of(System.getProperty("user.home"), ".cache", "patrolsim").toString());
    network = RoadNetwork.demoCity(Path.of(cache));
    CityModel model = CityModelBuilder.build(loaded, network);
    events = new ArrayList<>();
    DispatchRun.run(
        model,
        1,
        t -> {},
        RunFold.of(
            new RunObserver() {
              @Override
              public void event(DispatchEvent e) {
                events.add(e);
              }
            }));
    plan = PlanMap.of(model);
    try {
      scratch = Files.createTempFile("report-writing-benchmark", ".bin");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    network.close();
    Files.deleteIfExists(scratch);
  }

  @Benchmark
  public long reportHtml() throws IOException {
    PageFold page = new PageFold(scratch);
    RunFold fold = RunFold.of(page);
    events.forEach(fold);
    RunReport report = fold.finish();
    Counting w = new Counting();
    HtmlReport.of(plan, report, page).writeTo(w);
    return w.chars;
  }

  @Benchmark
  public long geoJsonLayers() throws IOException {
    Counting w = new Counting();
    RunFold fold = RunFold.of(new IncidentsGeoJson(w));
    events.forEach(fold);
    RunReport report = fold.finish();
    for (Map.Entry<String, ReportFiles.Output> file :
        GeoJsonFiles.layers(plan, report).entrySet()) {
      file.getValue().writeTo(w);
    }
    return w.chars;
  }

  /** A writer that keeps nothing and counts what it is given. */
  static final class Counting extends Writer {
    long chars;

    @Override
    public void write(char[] buf, int off, int len) {
      chars += len;
    }

    @Override
    public void write(String s, int off, int len) {
      chars += len;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
