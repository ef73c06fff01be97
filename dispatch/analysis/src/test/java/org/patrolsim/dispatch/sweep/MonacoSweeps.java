// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.patrolsim.dispatch.testing.Fixtures;
import org.patrolsim.dispatch.testing.TestMaps;

/**
 * Plans on the real Monaco map (monaco-small.yaml: 300 calls a day, two stations) for the sweep
 * tests.
 */
final class MonacoSweeps {
  static final Path MONACO = TestMaps.map("monaco.osm.gz").toAbsolutePath();
  static final Path CACHE = TestMaps.CACHE.toAbsolutePath();

  private MonacoSweeps() {}

  static Path resource(String name) {
    return Fixtures.file("/" + name);
  }

  /** The command line's additions that put a plan on Monaco with the test cache. */
  static SweepOptions options(Integer replications) {
    return new SweepOptions(replications, null, null, MONACO, List.of("map.cacheDir=" + CACHE));
  }

  /** A plan file in {@code dir} over monaco-small.yaml with the given body (grid or variants). */
  static Path plan(Path dir, String body) {
    try {
      Path file = dir.resolve("plan.yaml");
      Files.writeString(file, "scenario: " + resource("scenarios/monaco-small.yaml") + "\n" + body);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SweepResult run(Path plan, Integer replications, List<Target> targets, int threads) {
    SweepSetup setup = SweepSetup.of(SweepPlanReader.read(plan), options(replications));
    try (LocalReplications local = LocalReplications.start(threads)) {
      return Sweep.run(setup, targets, local, SweepProgress.none());
    }
  }
}
