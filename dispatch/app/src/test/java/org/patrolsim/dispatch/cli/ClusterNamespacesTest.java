// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.sweep.SweepFiles;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * A sweep across addresses other than loopback: two workers, each in a network namespace of its own
 * made here (a machine of its own as far as the network goes: {@link NetworkNamespaces}), and the
 * producer on the host's side of the bridge, give sweep.json, sweep.csv and replications.csv byte
 * for byte as a local run of the same plan. Skipped, saying why, where the machine cannot make
 * namespaces (not root, no {@code ip}, refused); {@code .ci/run} says beforehand whether it will
 * run. Costs 3 JVM starts and 4 one-day replications of monaco-small.yaml.
 */
@IntegrationTest
class ClusterNamespacesTest {
  @TempDir Path dir;

  @Test
  void aSweepAcrossNamespacesEqualsALocalOne() throws IOException {
    Optional<String> cannot = NetworkNamespaces.unavailable();
    assumeTrue(cannot.isEmpty(), () -> "no network namespaces on this machine: " + cannot.get());
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(
        plan,
        "scenario: "
            + RunCommandTest.scenario("monaco-small.yaml")
            + "\nreplications: 2\ngrid:\n  fleet.vehicles: [4, 6]\n");
    RunCommandTest.Outcome local =
        RunCommandTest.patrolsim(ClusterSeedsTest.sweep(plan, dir.resolve("local")));
    assertThat(local.exit()).as(local.err()).isZero();

    try (NetworkNamespaces net = NetworkNamespaces.create(2);
        JvmProcess a = worker(net, 0, "--port", "0")) {
      String seed = ClusterSweepTest.address(a, ClusterSweepTest.START);
      assertThat(seed).startsWith(net.address(0) + ":");
      try (JvmProcess b = worker(net, 1, "--join", seed);
          JvmProcess producer =
              JvmProcess.start(
                  "producer",
                  List.of(),
                  ClusterSeedsTest.sweep(
                      plan,
                      dir.resolve("cluster"),
                      "--cluster",
                      seed,
                      "--host",
                      net.hostAddress(),
                      "--min-workers",
                      "2"))) {
        b.awaitOut(
            0,
            l ->
                l.contains(" at " + net.address(1) + ":")
                    && l.contains("in the cluster at " + seed),
            ClusterSweepTest.START);
        assertThat(producer.awaitExit(ClusterSweepTest.SWEEP))
            .as("%s %s", producer.out, producer.err)
            .isZero();
        assertThat(producer.err)
            .anyMatch(l -> l.contains("producer at " + net.hostAddress() + ":"));
      }
    }
    for (String file : List.of(SweepFiles.JSON, SweepFiles.CSV, SweepFiles.REPLICATIONS)) {
      assertThat(Files.readAllBytes(dir.resolve("cluster").resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("local").resolve(file)));
    }
  }

  /** A worker in namespace {@code i}, at its address there. */
  static JvmProcess worker(NetworkNamespaces net, int i, String... args) {
    List<String> all =
        new java.util.ArrayList<>(List.of("worker", "--host", net.address(i), "--threads", "1"));
    all.addAll(List.of(args));
    return JvmProcess.start(
        net.exec(i), "worker-ns" + i, List.of(), Map.of(), all.toArray(String[]::new));
  }
}
