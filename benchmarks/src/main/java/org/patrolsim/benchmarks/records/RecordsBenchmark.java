// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.records;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.patrolsim.benchmarks.geo.BenchmarkMaps;
import org.patrolsim.dispatch.cli.PatrolSim;
import org.patrolsim.dispatch.incident.IncidentMix;
import org.patrolsim.dispatch.model.CityModelBuilder;
import org.patrolsim.dispatch.records.CadRecords;
import org.patrolsim.dispatch.scenario.ScenarioLoader;

/**
 * Dispatch records at the scale of a large force's two months: 100,000 calls (one row each, every
 * stage time, 10 % self-initiated) over 60 days on the real map of Monaco, written by
 * {@code @Setup} with a fixed seed. Three steps, each a single shot of the whole work as a user
 * runs it (in this JVM, through the command line's own entry point):
 *
 * <ul>
 *   <li>{@code read}: {@code CadRecords.read} of the file (the baseline of the same run: every
 *       command starts with it);
 *   <li>{@code calibrate}: {@code patrolsim calibrate RECORDS --map monaco.osm.gz --scenario
 *       plan.yaml --holdout-days 7 --out DIR} (map loaded, model built, every fit, the four files
 *       written);
 *   <li>{@code compare}: {@code patrolsim run plan.yaml --compare RECORDS --out DIR} (the 60-day
 *       replay of the 90,000 caller calls with 60 cars, then the comparison and its files).
 * </ul>
 *
 * <pre>
 * ./mvnw -B -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar RecordsBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RecordsBenchmark {
  static final int CALLS = 100_000;
  static final int DAYS = 60;
  static final String[] TYPES = {"violent", "traffic", "dispute", "theft-report", "assistance"};
  static final String[] PRIORITIES = {"urgent", "normal", "normal", "low", "low"};
  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  @Param({"read", "calibrate", "compare"})
  String step;

  private Path dir;
  private Path records;
  private Path plan;
  private IncidentMix mix;
  private final AtomicInteger runs = new AtomicInteger();

  @Setup
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("records-benchmark");
    records = writeRecords(dir.resolve("cad.csv"));
    Path map = BenchmarkMaps.sharedMap("monaco.osm.gz").toAbsolutePath();
    plan =
        Files.writeString(
            dir.resolve("plan.yaml"),
            """
        seed: 1
        timeZone: Europe/Monaco
        map: {osm: "%s"}
        fleet: {vehicles: 60}
        stations:
          - {id: fontvieille, lat: 43.7311, lon: 7.4197, dutyTeams: 4}
          - {id: monte-carlo, lat: 43.7440, lon: 7.4280, dutyTeams: 4}
        """
                .formatted(map));
    mix = CityModelBuilder.mix(ScenarioLoader.loadDefault(List.of()).scenario());
  }

  /** 100,000 calls at random places of Monaco's box, log-normal-ish stage times, seed 7. */
  static Path writeRecords(Path file) throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    LocalDateTime start = LocalDateTime.of(2026, 1, 1, 0, 0);
    long span = DAYS * 86_400L;
    long[] times = new long[CALLS];
    for (int i = 0; i < CALLS; i++) {
      times[i] = random.nextLong(span);
    }
    java.util.Arrays.sort(times);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(
          "call,unit,time,dispatched,enRoute,onScene,cleared,lat,lon,type,priority,selfInitiated\n");
      for (int i = 0; i < CALLS; i++) {
        int t = random.nextInt(TYPES.length);
        boolean own = random.nextDouble() < 0.1;
        LocalDateTime received = start.plusSeconds(times[i]);
        LocalDateTime dispatched = received.plusSeconds(own ? 0 : lognormal(random, 60, 0.8));
        LocalDateTime enRoute = dispatched.plusSeconds(own ? 0 : lognormal(random, 30, 0.6));
        LocalDateTime onScene = own ? enRoute : enRoute.plusSeconds(lognormal(random, 240, 0.5));
        LocalDateTime cleared = onScene.plusSeconds(lognormal(random, 1200, 0.7));
        double lat = 43.727 + random.nextDouble() * 0.020;
        double lon = 7.412 + random.nextDouble() * 0.022;
        w.write(
            String.join(
                ",",
                "C" + i,
                "U" + random.nextInt(60),
                ISO.format(received),
                ISO.format(dispatched),
                ISO.format(enRoute),
                ISO.format(onScene),
                ISO.format(cleared),
                Double.toString(lat),
                Double.toString(lon),
                TYPES[t],
                PRIORITIES[t],
                own ? "Y" : "N"));
        w.write('\n');
      }
    }
    return file;
  }

  private static long lognormal(SplittableRandom random, double median, double sigma) {
    double u1 = 1 - random.nextDouble();
    double u2 = random.nextDouble();
    double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    return Math.max(1, Math.round(median * Math.exp(sigma * z)));
  }

  @Benchmark
  public int step() {
    return switch (step) {
      case "read" -> CadRecords.read(records, ZoneId.of("Europe/Monaco"), mix).calls().size();
      case "calibrate" ->
          ok(
              PatrolSim.execute(
                  "calibrate",
                  records.toString(),
                  "--map",
                  BenchmarkMaps.sharedMap("monaco.osm.gz").toString(),
                  "--scenario",
                  plan.toString(),
                  "--holdout-days",
                  "7",
                  "--out",
                  out("calibrate").toString()));
      case "compare" ->
          ok(
              PatrolSim.execute(
                  "run",
                  plan.toString(),
                  "--compare",
                  records.toString(),
                  "--out",
                  out("compare").toString()));
      default -> throw new IllegalArgumentException(step);
    };
  }

  private Path out(String name) {
    return dir.resolve(name + "-" + runs.incrementAndGet());
  }

  private static int ok(int exitCode) {
    if (exitCode != 0) {
      throw new IllegalStateException("the command exited with " + exitCode);
    }
    return exitCode;
  }
}
