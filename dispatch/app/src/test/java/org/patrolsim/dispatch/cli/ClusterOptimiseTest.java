// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * {@code optimise --cluster}: the small Monaco optimise of {@link OptimiseCommandTest} with its
 * replications on two worker JVMs on 127.0.0.1 (and the producer a third) writes optimise.json and
 * plan.yaml byte for byte as the same optimise run on this machine. Costs 3 JVM starts and about 40
 * one-day replications of three cars in Monaco.
 */
@IntegrationTest
class ClusterOptimiseTest {
  @TempDir Path dir;

  @Test
  void aClusterOptimiseEqualsALocalOne() throws IOException {
    Path plan = OptimiseCommandTest.plan(dir);
    String[] constraint = {"--constraint", "availabilityLoss<=1"};
    List<String> local = new ArrayList<>(OptimiseCommandTest.args(plan, dir.resolve("local")));
    local.addAll(List.of(constraint));
    local.addAll(List.of("--threads", "2"));
    CliRun run = CliRun.of(local.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isZero();

    try (JvmProcess a =
        JvmProcess.start("worker-a", List.of(), "worker", "--port", "0", "--threads", "1")) {
      String seed = ClusterSweepTest.address(a, ClusterSweepTest.START);
      try (JvmProcess b =
          JvmProcess.start("worker-b", List.of(), "worker", "--join", seed, "--threads", "1")) {
        b.awaitOut(0, l -> l.contains("in the cluster at " + seed), ClusterSweepTest.START);
        List<String> onCluster =
            new ArrayList<>(OptimiseCommandTest.args(plan, dir.resolve("cluster")));
        onCluster.addAll(List.of(constraint));
        onCluster.addAll(List.of("--cluster", seed, "--min-workers", "2"));
        try (JvmProcess producer =
            JvmProcess.start("producer", List.of(), onCluster.toArray(String[]::new))) {
          assertThat(producer.awaitExit(ClusterSweepTest.SWEEP))
              .as("%s %s", producer.out, producer.err)
              .isZero();
          assertThat(producer.err).anyMatch(l -> l.contains("2 worker(s) offer lanes"));
        }
      }
    }
    for (String file : List.of("optimise.json", "plan.yaml")) {
      assertThat(Files.readAllBytes(dir.resolve("cluster").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("local").resolve(file)));
    }
  }

  @Test
  void threadsAndClusterTogetherAreOneLine() throws IOException {
    List<String> args =
        new ArrayList<>(OptimiseCommandTest.args(OptimiseCommandTest.plan(dir), dir.resolve("x")));
    args.addAll(List.of("--cluster", "127.0.0.1:1", "--threads", "2"));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString().startsWith("patrolsim: --threads: ");
  }
}
