// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.sweep.SweepFiles;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * docs/deploy's worker service as systemd would start it: the unit's {@code ExecStart} with {@code
 * worker.env}'s variables, expanded as systemd does ({@code ${NAME}} one argument, {@code $NAME}
 * split at blanks), the machine's address, ports and {@code /etc/patrolsim} replaced by this
 * machine's. Two workers started so form a secured cluster (TLS and the secret), and a sweep
 * through them gives the local run's bytes. systemd itself is not run (a test machine has none to
 * start services); the unit's syntax is checked with {@code systemd-analyze verify}. Costs 3 JVM
 * starts and 2 one-day replications.
 */
@IntegrationTest
class WorkerServiceTest {
  static final Path DEPLOY =
      Path.of(System.getProperty("patrolsim.test.maps"), "..", "..", "deploy");
  static final String JAR = "/opt/patrolsim/patrolsim.jar";
  static final String ETC = "/etc/patrolsim/";

  @TempDir Path dir;

  /** The unit's one {@code ExecStart} line. */
  static String execStart(Path unit) throws IOException {
    List<String> lines =
        Files.readAllLines(unit).stream().filter(l -> l.startsWith("ExecStart=")).toList();
    assertThat(lines).as("ExecStart lines of %s", unit).hasSize(1);
    return lines.get(0).substring("ExecStart=".length());
  }

  /** An {@code EnvironmentFile}: NAME=value lines, # comments. */
  static Map<String, String> environment(Path file) throws IOException {
    Map<String, String> env = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        int eq = line.indexOf('=');
        assertThat(eq).as("%s: %s", file, line).isPositive();
        env.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
      }
    }
    return env;
  }

  /** The command systemd runs: {@code ${NAME}} is one word, {@code $NAME} is split at blanks. */
  static List<String> command(String execStart, Map<String, String> env) {
    Pattern whole = Pattern.compile("\\$\\{(\\w+)\\}");
    Pattern split = Pattern.compile("\\$(\\w+)");
    List<String> words = new ArrayList<>();
    for (String word : execStart.trim().split("\\s+", -1)) {
      Matcher w = whole.matcher(word);
      Matcher s = split.matcher(word);
      if (w.matches()) {
        assertThat(env).as("worker.env sets %s", w.group(1)).containsKey(w.group(1));
        words.add(env.get(w.group(1)));
      } else if (s.matches()) {
        assertThat(env).as("worker.env sets %s", s.group(1)).containsKey(s.group(1));
        words.addAll(List.of(env.get(s.group(1)).trim().split("\\s+")));
      } else {
        assertThat(word).doesNotContain("$");
        words.add(word);
      }
    }
    return words;
  }

  /** A worker started by the unit's command, on this machine: the jar is this test's classpath. */
  JvmProcess service(String name, Map<String, String> env) throws IOException {
    List<String> command = command(execStart(DEPLOY.resolve("patrolsim-worker.service")), env);
    int jar = command.indexOf("-jar");
    assertThat(command.get(0)).isEqualTo("/usr/bin/java");
    assertThat(command.subList(jar, jar + 3)).containsExactly("-jar", JAR, "worker");
    List<String> args =
        command.subList(jar + 2, command.size()).stream()
            .map(a -> a.startsWith(ETC) ? dir.resolve(a.substring(ETC.length())).toString() : a)
            .toList();
    return JvmProcess.start(name, command.subList(1, jar), env, args.toArray(String[]::new));
  }

  @Test
  void twoWorkersStartedAsTheServiceRunASecuredSweep() throws Exception {
    String secret = "service-cluster-secret-0123456789";
    Files.writeString(dir.resolve("cluster.secret"), secret + "\n");
    ClusterSecurityTest.keystore(dir, "cluster.p12", secret);
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(
        plan,
        "scenario: "
            + RunCommandTest.scenario("monaco-small.yaml")
            + "\nreplications: 2\ngrid:\n  fleet.vehicles: [6]\n");
    RunCommandTest.Outcome local =
        RunCommandTest.patrolsim(ClusterSeedsTest.sweep(plan, dir.resolve("local")));
    assertThat(local.exit()).as(local.err()).isZero();

    Map<String, String> env = environment(DEPLOY.resolve("worker.env"));
    String a = "127.0.0.1:" + freePort();
    String b = "127.0.0.1:" + freePort();
    env.put("PATROLSIM_HOST", "127.0.0.1");
    env.put("PATROLSIM_BIND", "127.0.0.1");
    env.put("PATROLSIM_SEEDS", a + "," + b);
    env.put("PATROLSIM_THREADS", "1");
    env.put("PATROLSIM_CACHE", dir.resolve("cache").toString());
    env.put("JAVA_OPTS", "-Xmx768m -Dfile.encoding=UTF-8");
    Map<String, String> envA = new HashMap<>(env);
    envA.put("PATROLSIM_PORT", a.split(":", -1)[1]);
    Map<String, String> envB = new HashMap<>(env);
    envB.put("PATROLSIM_PORT", b.split(":", -1)[1]);
    try (JvmProcess first = service("service-a", envA)) {
      first.awaitOut(0, l -> l.contains("at " + a) && l.endsWith("(TLS); Ctrl-C to stop"), START);
      try (JvmProcess second = service("service-b", envB);
          JvmProcess producer =
              JvmProcess.start(
                  "producer",
                  List.of(),
                  ClusterSeedsTest.sweep(
                      plan,
                      dir.resolve("cluster"),
                      "--cluster",
                      a + "," + b,
                      "--min-workers",
                      "2",
                      "--secret-file",
                      dir.resolve("cluster.secret").toString(),
                      "--keystore",
                      dir.resolve("cluster.p12").toString()))) {
        second.awaitOut(
            0, l -> l.contains("at " + b) && l.endsWith("(TLS); Ctrl-C to stop"), START);
        assertThat(producer.awaitExit(ClusterSweepTest.SWEEP))
            .as("%s %s", producer.out, producer.err)
            .isZero();
      }
    }
    assertThat(Files.readAllBytes(dir.resolve("cluster").resolve(SweepFiles.JSON)))
        .isEqualTo(Files.readAllBytes(dir.resolve("local").resolve(SweepFiles.JSON)));
  }

  static final java.time.Duration START = ClusterSweepTest.START;

  /**
   * A port free now, for a service whose fixed port every seed list names before it starts (the
   * unit's {@code PATROLSIM_PORT} and {@code PATROLSIM_SEEDS}, as on real machines): the one test
   * that cannot start on port 0 and read the port back, so it may race another process for it.
   */
  static int freePort() throws IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
