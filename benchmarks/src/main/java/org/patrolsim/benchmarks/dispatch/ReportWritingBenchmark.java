// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.dispatch;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
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
import org.patrolsim.dispatch.model.CityModel;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.report.ReportFiles;
import org.patrolsim.dispatch.report.RunReport;
import org.patrolsim.dispatch.report.geojson.GeoJsonFiles;
import org.patrolsim.dispatch.report.geojson.PlanMap;
import org.patrolsim.dispatch.report.html.HtmlReport;
import org.patrolsim.dispatch.run.DispatchRun;
import org.patrolsim.dispatch.scenario.ScenarioLoader;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * The cost of writing a run's report.html and its five GeoJSON layers, for 1 and 30 simulated days of
 * the default scenario. The run itself (and the plan's map layers) happen in {@code @Setup}; the
 * measured part turns the events into the page (or the layers) and writes them into a writer that only
 * counts characters, so the disk is left out. Each operation returns the characters written (the
 * file's size in bytes, as the page is ASCII but for a few names).
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
  private RunReport report;
  private PlanMap plan;

  @Setup
  public void setUp() {
    var loaded = ScenarioLoader.loadDefault(List.of("days=" + days));
    String cache = System.getenv().getOrDefault("PATROLSIM_CACHE",
        Path.of(System.getProperty("user.home"), ".cache", "patrolsim").toString());
    network = RoadNetwork.demoCity(Path.of(cache));
    CityModel model = CityModelBuilder.build(loaded, network);
    report = DispatchRun.run(model, 1, t -> { });
    plan = PlanMap.of(model);
  }

  @TearDown
  public void tearDown() {
    network.close();
  }

  @Benchmark
  public long reportHtml() throws IOException {
    Counting w = new Counting();
    HtmlReport.of(plan, report).writeTo(w);
    return w.chars;
  }

  @Benchmark
  public long geoJsonLayers() throws IOException {
    Counting w = new Counting();
    for (Map.Entry<String, ReportFiles.Output> file : GeoJsonFiles.of(plan, report).entrySet()) {
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
