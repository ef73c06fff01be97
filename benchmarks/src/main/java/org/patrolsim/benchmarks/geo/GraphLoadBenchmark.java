// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.benchmarks.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.patrolsim.geo.democity.DemoCity;
import org.patrolsim.geo.network.RoadNetwork;

/**
 * First import (OSM parse, graph, contraction hierarchies, written to the cache) against a load
 * from the cache, single shot each, on the same input. The import gets an empty cache folder every
 * time.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GraphLoad -f 1 -wi 1 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GraphLoadBenchmark {

  @Param({"campo-grande.osm.gz", "demo-city"})
  public String map;

  private Path osm;
  private Path warmCache;
  private Path coldCache;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path root = Files.createTempDirectory("patrolsim-load-bench");
    warmCache = root.resolve("warm");
    if (map.equals("demo-city")) {
      osm = root.resolve("demo-city.osm");
      DemoCity.write(osm, 1);
    } else {
      osm = BenchmarkMaps.sharedMap(map);
    }
    RoadNetwork.load(osm, warmCache).close();
    coldCache = root.resolve("cold");
  }

  @Setup(Level.Invocation)
  public void emptyColdCache() throws IOException {
    delete(coldCache);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    delete(warmCache.getParent());
  }

  @Benchmark
  public int firstImport() {
    try (RoadNetwork net = RoadNetwork.load(osm, coldCache)) {
      return net.nodeCount();
    }
  }

  @Benchmark
  public int cachedLoad() {
    try (RoadNetwork net = RoadNetwork.load(osm, warmCache)) {
      return net.nodeCount();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
