// SPDX-License-Identifier: Apache-2.0
package org.patrolsim.dispatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patrolsim.dispatch.sweep.SweepFiles;
import org.patrolsim.dispatch.testing.IntegrationTest;

/**
 * A secured cluster of real JVMs on 127.0.0.1: with a key store made here by the JDK's keytool and
 * the secret in a file, a sweep runs over TLS and gives the local run's bytes; a node without TLS,
 * or with another key store, cannot reach the cluster and says what it may lack; on a cluster
 * secured by the secret alone, a node with another secret, or none, is refused in one line. Costs 7
 * JVM starts, 2 one-day replications and the join timeouts of the nodes that cannot connect.
 */
@IntegrationTest
class ClusterSecurityTest {
  static final Duration START = ClusterSweepTest.START;

  @TempDir Path dir;

  Path secret(String name, String secret) throws IOException {
    return Files.writeString(dir.resolve(name), secret + "\n");
  }

  Path keystore(String name, String secret) throws IOException, InterruptedException {
    return keystore(dir, name, secret);
  }

  /** A PKCS12 key store {@code dir/name} made by the JDK's keytool, as docs/SWEEP.md shows. */
  static Path keystore(Path dir, String name, String secret)
      throws IOException, InterruptedException {
    Path store = dir.resolve(name);
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair",
                "-alias",
                "patrolsim",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-validity",
                "30",
                "-dname",
                "CN=patrolsim cluster",
                "-storetype",
                "PKCS12",
                "-keystore",
                store.toString(),
                "-storepass",
                secret)
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), Charset.defaultCharset());
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(keytool.exitValue()).as(output).isZero();
    return store;
  }

  static JvmProcess worker(String name, String... args) {
    List<String> all = new ArrayList<>(List.of("worker", "--threads", "1"));
    all.addAll(List.of(args));
    return JvmProcess.start(name, List.of(), all.toArray(String[]::new));
  }

  static void assertRefused(JvmProcess node, String... expected) {
    assertThat(node.awaitExit(START)).as("%s %s", node.out, node.err).isEqualTo(2);
    assertThat(node.err).as("%s", node.err).hasSize(1);
    assertThat(node.err.get(0)).startsWith("patrolsim: ").contains(expected);
  }

  @Test
  void onlyNodesWithTheKeyStoreAndTheSecretJoin() throws Exception {
    String s1 = "first-cluster-secret-0123456789";
    String s2 = "another-secret-9876543210abcdef";
    Path secret1 = secret("secret1", s1);
    Path secret2 = secret("secret2", s2);
    Path store1 = keystore("cluster1.p12", s1);
    Path store2 = keystore("cluster2.p12", s2);

    Path plan = dir.resolve("plan.yaml");
    Files.writeString(
        plan,
        "scenario: "
            + RunCommandTest.scenario("monaco-small.yaml")
            + "\nreplications: 2\ngrid:\n  fleet.vehicles: [6]\n");
    RunCommandTest.Outcome local =
        RunCommandTest.patrolsim(ClusterSeedsTest.sweep(plan, dir.resolve("local")));
    assertThat(local.exit()).as(local.err()).isZero();

    try (JvmProcess tls =
            worker(
                "worker-tls",
                "--port",
                "0",
                "--secret-file",
                secret1.toString(),
                "--keystore",
                store1.toString());
        JvmProcess secretOnly =
            worker("worker-secret", "--port", "0", "--secret-file", secret1.toString())) {
      tls.awaitOut(0, l -> l.contains("founding the cluster (TLS)"), START);
      secretOnly.awaitOut(0, l -> l.contains("founding the cluster (secret, no TLS)"), START);
      String tlsSeed = ClusterSweepTest.address(tls, START);
      String plainSeed = ClusterSweepTest.address(secretOnly, START);

      try (JvmProcess producer =
          JvmProcess.start(
              "producer-tls",
              List.of(),
              ClusterSeedsTest.sweep(
                  plan,
                  dir.resolve("tls"),
                  "--cluster",
                  tlsSeed,
                  "--secret-file",
                  secret1.toString(),
                  "--keystore",
                  store1.toString()))) {
        assertThat(producer.awaitExit(ClusterSweepTest.SWEEP))
            .as("%s %s", producer.out, producer.err)
            .isZero();
      }
      assertThat(Files.readAllBytes(dir.resolve("tls").resolve(SweepFiles.JSON)))
          .isEqualTo(Files.readAllBytes(dir.resolve("local").resolve(SweepFiles.JSON)));

      try (JvmProcess plain = worker("no-tls", "--join", tlsSeed, "--join-timeout", "10");
          JvmProcess other =
              worker(
                  "other-keystore",
                  "--join",
                  tlsSeed,
                  "--join-timeout",
                  "10",
                  "--secret-file",
                  secret2.toString(),
                  "--keystore",
                  store2.toString());
          JvmProcess wrong =
              worker("wrong-secret", "--join", plainSeed, "--secret-file", secret2.toString());
          JvmProcess none = worker("no-secret", "--join", plainSeed)) {
        assertRefused(
            plain,
            "cannot reach the cluster at " + tlsSeed + " within 10 s",
            "is the cluster unsecured (else give --secret-file and --keystore)?");
        assertRefused(
            other, "cannot reach the cluster at " + tlsSeed, "does it use this node's --keystore?");
        assertRefused(
            wrong,
            "refused by the cluster at " + plainSeed + ": the cluster secret does not match",
            "check --secret-file");
        assertRefused(
            none,
            "refused by the cluster at " + plainSeed + ": the cluster secret does not match",
            "the cluster is secured");
      }
      assertThat(tls.process.isAlive()).isTrue();
      assertThat(secretOnly.process.isAlive()).isTrue();
    }
  }

  @Test
  void aKeyStoreThatDoesNotOpenOrNoSecretIsOneLine() throws Exception {
    Path secret1 = secret("secret1", "first-cluster-secret-0123456789");
    Path store2 = keystore("cluster2.p12", "another-secret-9876543210abcdef");
    Path out = dir.resolve("none");
    SweepCommandTest.assertBad(
        RunCommandTest.patrolsim(
            "worker", "--secret-file", secret1.toString(), "--keystore", store2.toString()),
        out,
        "--keystore " + store2 + ": cannot open it as a PKCS12 key store with the secret of");
    SweepCommandTest.assertBad(
        RunCommandTest.patrolsim("worker", "--keystore", store2.toString()),
        out,
        "--keystore " + store2 + ": needs --secret-file");
    SweepCommandTest.assertBad(
        RunCommandTest.patrolsim("worker", "--secret-file", secret("short", "abc").toString()),
        out,
        "expected the cluster secret on the first line, at least 16 characters");
  }
}
