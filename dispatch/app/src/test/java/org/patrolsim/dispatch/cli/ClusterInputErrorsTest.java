// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * Cluster options that cannot work end in one line and exit code 2 before Akka starts: a worker's
 * port in use (checked in a JVM of its own, so that nothing Akka might print escapes the check), a
 * host given with a port, a host that is not this machine's. One JVM start, a few seconds.
 */
@IntegrationTest
class ClusterInputErrorsTest {
  @TempDir Path dir;

  @Test
  void aWorkerPortInUseGivesOneLineInsteadOfAkkasLog() throws IOException {
    try (ServerSocket taken =
        new ServerSocket(0, 50, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
      int port = taken.getLocalPort();
      try (JvmProcess worker =
          JvmProcess.start(
              "worker-port-in-use", List.of(), "worker", "--port", Integer.toString(port))) {
        assertThat(worker.awaitExit(Duration.ofMinutes(2))).isEqualTo(2);
        assertThat(worker.err)
            .containsExactly(
                "patrolsim: --port "
                    + port
                    + ": already in use on 127.0.0.1"
                    + " (another worker?); choose another --port, or stop what holds it");
        assertThat(worker.out).isEmpty();
      }
    }
  }

  @Test
  void aHostWithAPortOrNotOfThisMachineGivesOneLine() throws IOException {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(
        plan,
        "scenario: "
            + RunCommandTest.scenario("monaco-small.yaml")
            + "\ngrid:\n"
            + "  fleet.vehicles: [4]\n");
    Path out = dir.resolve("out");
    SweepCommandTest.assertBad(
        RunCommandTest.patrolsim(
            "sweep",
            plan.toString(),
            "--osm",
            RunCommandTest.MONACO,
            "--out",
            out.toString(),
            "--cluster",
            "127.0.0.1:2551",
            "--host",
            "127.0.0.1:2551"),
        out,
        "--host '127.0.0.1:2551': expected a host name or an address without a port, e.g. 127.0.0.1");
    SweepCommandTest.assertBad(
        RunCommandTest.patrolsim("worker", "--host", "127.0.0.1:2551"),
        out,
        "--host '127.0.0.1:2551': expected a host name or an address without a port");
    String notHere = documentationAddressNotOnThisMachine();
    SweepCommandTest.assertBad(
        RunCommandTest.patrolsim("worker", "--host", notHere, "--port", "0"),
        out,
        "--host '" + notHere + "': cannot bind to it");
  }

  /**
   * An address of the documentation ranges (RFC 5737) that no interface of this machine holds:
   * sandboxes do use them (one CI machine's own address was 192.0.2.2).
   */
  private static String documentationAddressNotOnThisMachine() throws IOException {
    for (String candidate : List.of("192.0.2.7", "198.51.100.7", "203.0.113.7")) {
      if (NetworkInterface.getByInetAddress(InetAddress.getByName(candidate)) == null) {
        return candidate;
      }
    }
    throw new IllegalStateException("every documentation address is this machine's");
  }
}
